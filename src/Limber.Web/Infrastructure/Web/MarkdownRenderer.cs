using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;

namespace Limber.Infrastructure.Web;

/// <summary>
/// Turns staff-written Markdown into HTML that is safe to render: Markdig passes raw HTML through,
/// so its output always goes through HtmlSanitizer (no scripts, event handlers or javascript: links).
/// Thread-safe; registered as a singleton.
/// </summary>
public sealed partial class MarkdownRenderer
{
    /// <summary>The marker an editor puts on its own line where the teaser ends (as in WordPress and Ghost).</summary>
    public const string MoreMarker = "<!--more-->";

    private const int TeaserFallbackParagraphs = 2;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToSafeHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, _pipeline);
        return _sanitizer.Sanitize(html);
    }

    /// <summary>The part of the body before the more-marker, or its first paragraphs when there is none.</summary>
    public string TeaserHtml(string markdown)
    {
        var marker = markdown.IndexOf(MoreMarker, StringComparison.Ordinal);
        if (marker >= 0)
        {
            return ToSafeHtml(markdown[..marker]);
        }
        var paragraphs = ParagraphBreak().Split(markdown.Trim()).Take(TeaserFallbackParagraphs);
        return ToSafeHtml(string.Join("\n\n", paragraphs));
    }

    public static int CountWords(string markdown) => Word().Count(markdown);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // Markdig writes heading ids (anchors) and table alignment; keep both.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement a && a.GetAttribute("href") is { } href
                && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                a.SetAttribute("rel", "noopener");
            }
        };
        return sanitizer;
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}
