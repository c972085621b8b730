using System.Text.RegularExpressions;

namespace Limber.Features.Workouts;

/// <summary>YouTube and Vimeo addresses turned into their privacy-enhanced players (no tracking cookies until play).</summary>
public static partial class VideoEmbeds
{
    public static string? PrivacyEnhanced(string url)
    {
        if (YouTube().Match(url) is { Success: true } yt)
        {
            return $"https://www.youtube-nocookie.com/embed/{yt.Groups[1].Value}";
        }
        if (Vimeo().Match(url) is { Success: true } vimeo)
        {
            return $"https://player.vimeo.com/video/{vimeo.Groups[1].Value}?dnt=1";
        }
        return null;
    }

    public static bool IsSupported(string url) => PrivacyEnhanced(url) is not null;

    [GeneratedRegex(@"^https://(?:www\.)?(?:youtube\.com/(?:watch\?v=|embed/)|youtu\.be/)([A-Za-z0-9_-]{11})")]
    private static partial Regex YouTube();

    [GeneratedRegex(@"^https://(?:www\.)?(?:player\.)?vimeo\.com/(?:video/)?(\d{5,12})")]
    private static partial Regex Vimeo();
}
