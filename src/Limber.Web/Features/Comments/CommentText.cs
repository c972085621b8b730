using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Limber.Features.Comments;

/// <summary>
/// Comments are plain text: everything is HTML-encoded (no markup from a member is ever rendered),
/// blank lines make paragraphs, line breaks stay, and web addresses become links that search
/// engines do not follow (rel="nofollow ugc noopener").
/// </summary>
public static partial class CommentText
{
    public static string ToHtml(string body)
    {
        var html = new StringBuilder();
        foreach (var paragraph in Paragraphs().Split(body.Trim()))
        {
            if (paragraph.Length == 0)
            {
                continue;
            }
            html.Append("<p>");
            var last = 0;
            foreach (Match url in Url().Matches(paragraph))
            {
                html.Append(Encode(paragraph[last..url.Index]));
                var href = url.Value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + url.Value : url.Value;
                html.Append("<a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\" rel=\"nofollow ugc noopener\">")
                    .Append(WebUtility.HtmlEncode(url.Value)).Append("</a>");
                last = url.Index + url.Length;
            }
            html.Append(Encode(paragraph[last..])).Append("</p>");
        }
        return html.ToString();
    }

    /// <summary>How many web addresses the text holds (many links is what spam looks like).</summary>
    public static int CountLinks(string body) => Url().Count(body);

    /// <summary>The start of the text, for notifications and emails.</summary>
    public static string Excerpt(string body, int max = 200)
    {
        var text = Whitespace().Replace(body, " ").Trim();
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 40 ? cut : max)] + "…";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("\r\n", "\n").Replace("\n", "<br>");

    [GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial Regex Paragraphs();

    // Stops before trailing punctuation so "see https://example.com." links without the full stop.
    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""']+[^\s<>""'.,;:!?)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
