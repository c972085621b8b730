using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
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

    /// <summary>A teaser holds at most this share of the body's words (one in three), whatever the body's shape.</summary>
    public const int TeaserShareDivisor = 3;

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

    /// <summary>
    /// What readers without access see: the part before the more-marker, or the first paragraphs when
    /// there is none, and in every case at most a third of the body's words, cut after a word. The
    /// bound is what keeps a short gated article gated: a one-paragraph body, two paragraphs, lines
    /// with single breaks, or a marker put at the very end would otherwise be the teaser in full.
    /// </summary>
    public string TeaserHtml(string markdown)
    {
        var marker = markdown.IndexOf(MoreMarker, StringComparison.Ordinal);
        var opening = marker >= 0
            ? markdown[..marker]
            : string.Join("\n\n", ParagraphBreak().Split(markdown.Trim()).Take(TeaserFallbackParagraphs));
        var budget = WordsOf(ToSafeHtml(markdown)) / TeaserShareDivisor;
        return Truncate(ToSafeHtml(opening), budget);
    }

    /// <summary>The words of rendered HTML's text (not its tags or link addresses).</summary>
    public static int WordsOf(string html) => Word().Count(Parse(html).TextContent);

    /// <summary>
    /// Keeps the first <paramref name="words"/> words of sanitized <paramref name="html"/> and drops
    /// everything after them (text, images, links), leaving well-formed HTML; an ellipsis marks a cut.
    /// </summary>
    internal static string Truncate(string html, int words)
    {
        if (words <= 0)
        {
            return "";
        }
        var root = Parse(html);
        var left = words;
        foreach (var text in root.Descendants<IText>().ToList())
        {
            var matches = Word().Matches(text.Data);
            if (matches.Count <= left)
            {
                left -= matches.Count;
                continue;
            }
            // The words still allowed, and nothing after the last of them (not even the punctuation that follows it).
            text.Data = left == 0 ? "" : text.Data[..(matches[left - 1].Index + matches[left - 1].Length)] + "…";
            RemoveFollowing(text);
            break;
        }
        return root.InnerHtml;
    }

    /// <summary>Removes every node after <paramref name="node"/> in document order, up to the root.</summary>
    private static void RemoveFollowing(INode node)
    {
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            while (current.NextSibling is { } next)
            {
                current.Parent.RemoveChild(next);
            }
        }
    }

    private static IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        document.Body!.InnerHtml = html;
        return document.Body;
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
