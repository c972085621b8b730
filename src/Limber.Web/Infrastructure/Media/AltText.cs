using System.Text.RegularExpressions;

namespace Limber.Infrastructure.Media;

/// <summary>
/// The description of an image for people who cannot see it (its <c>alt</c> attribute). Optional,
/// as in Ghost: an image without one is shown as decorative (<c>alt=""</c>), which is right for a
/// mood picture and wrong for a chart, so editors see a hint asking for one.
/// </summary>
public static partial class AltText
{
    public const int MaxLength = 300;

    public static class Messages
    {
        public const string TooLong = "The image description is at most 300 characters.";
    }

    /// <summary>Trimmed, with line breaks and runs of spaces made single spaces; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        var cleaned = Spaces().Replace(text ?? "", " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
