using System.Globalization;
using System.Text.RegularExpressions;
using Limber.Infrastructure.Media;

namespace Limber.Features.Articles.Admin;

/// <summary>
/// The editor's "Insert image": an uploaded picture becomes a Markdown image in a paragraph of its
/// own, where the cursor was (the editor's script says where) or else at the end of the body.
/// </summary>
public static partial class BodyImage
{
    /// <summary><c>![alt](url)</c>, with the Markdown characters of the description escaped so it stays plain text.</summary>
    public static string Markdown(string? alt, string url) => $"![{MarkdownPunctuation().Replace(AltText.Clean(alt) ?? "", @"\$0")}]({url})";

    /// <summary>
    /// <paramref name="body"/> with <paramref name="block"/> inserted at <paramref name="at"/> (a
    /// position in the body as the browser holds it, with \n line breaks; the end when missing,
    /// malformed or out of range), separated from the text around it by blank lines.
    /// </summary>
    public static string Insert(string? body, string? at, string block)
    {
        var text = (body ?? "").ReplaceLineEndings("\n");
        var position = int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= text.Length ? p : text.Length;
        if (position < text.Length && position > 0 && char.IsLowSurrogate(text[position]))
        {
            position++; // never split an emoji in two
        }
        var before = text[..position];
        var after = text[position..];
        var lead = before.Length == 0 || before.EndsWith("\n\n", StringComparison.Ordinal) ? "" : before.EndsWith('\n') ? "\n" : "\n\n";
        var trail = after.Length == 0 ? "\n" : after.StartsWith("\n\n", StringComparison.Ordinal) ? "" : after.StartsWith('\n') ? "\n" : "\n\n";
        return before + lead + block + trail + after;
    }

    [GeneratedRegex(@"[\\\[\]*_`<>]")]
    private static partial Regex MarkdownPunctuation();
}
