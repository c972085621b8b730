using Limber.Infrastructure.Web;

namespace Limber.UnitTests.Infrastructure;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ToSafeHtml_RendersMarkdownWithTablesAndHeadingAnchors()
    {
        var html = _renderer.ToSafeHtml("## Week one\n\n| Angle | Minutes |\n|---|---|\n| 20° | 2 |\n");

        Assert.Contains("<h2 id=\"week-one\">Week one</h2>", html);
        Assert.Contains("<table>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("<iframe src=https://evil.example></iframe>", "<iframe")]
    [InlineData("<a href=\"#\" style=\"position:fixed\">x</a>", "position:fixed")]
    public void ToSafeHtml_RemovesWhatCouldRunOrOverlay(string markdown, string forbidden) =>
        Assert.DoesNotContain(forbidden, _renderer.ToSafeHtml(markdown), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void ToSafeHtml_KeepsAnUploadedImageWithItsAlt()
    {
        var html = _renderer.ToSafeHtml("![Wall angels, side view](/uploads/images/0193aaaabbbbccccddddeeeeffff0000.jpg)");

        Assert.Contains("<img src=\"/uploads/images/0193aaaabbbbccccddddeeeeffff0000.jpg\" alt=\"Wall angels, side view\">", html);
    }

    [Fact]
    public void ToSafeHtml_ImageWithAScriptAddress_LosesIt() =>
        Assert.DoesNotContain("javascript:", _renderer.ToSafeHtml("![x](javascript:alert(1))"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void ToSafeHtml_ExternalLinks_GetNoopener() =>
        Assert.Contains("rel=\"noopener\"", _renderer.ToSafeHtml("[site](https://example.com)"));

    // The paid parts below are the longer ones: a teaser never holds more than a third of the body's words.
    private const string PaidPart = "Secret words that only readers with access get, long enough to be most of the body.";

    [Fact]
    public void TeaserHtml_StopsAtTheMoreMarker()
    {
        var teaser = _renderer.TeaserHtml($"First.\n\nSecond.\n\n<!--more-->\n\n{PaidPart}");

        Assert.Contains("Second.", teaser);
        Assert.DoesNotContain("Secret", teaser);
    }

    [Fact]
    public void TeaserHtml_WithoutMarker_IsTheFirstTwoParagraphs()
    {
        var teaser = _renderer.TeaserHtml($"One.\n\nTwo.\n\n{PaidPart}");

        Assert.Contains("Two.", teaser);
        Assert.DoesNotContain("Secret", teaser);
    }

    [Theory]
    [InlineData("One two three four five six seven eight nine.")]
    [InlineData("One two three four.\n\nFive six seven eight nine.")]
    [InlineData("One two three\nfour five six\nseven eight nine")]
    [InlineData("One two three four five six seven eight nine.\n\n<!--more-->")]
    public void TeaserHtml_AnyShape_HoldsAThirdOfTheWordsAtMost(string body)
    {
        var teaser = _renderer.TeaserHtml(body);

        Assert.Equal(3, MarkdownRenderer.WordsOf(teaser));
        Assert.StartsWith("<p>One two three", teaser);
        Assert.DoesNotContain("four", teaser);
    }

    [Fact]
    public void TeaserHtml_CutInsideMarkup_StaysWellFormedAndDropsWhatFollows()
    {
        var teaser = _renderer.TeaserHtml("Some **bold words here** and ![a picture](/p.jpg) then [a link](https://example.com).");

        Assert.Equal("<p>Some <strong>bold…</strong></p>", teaser);
    }

    [Fact]
    public void TeaserHtml_TooShortForAThird_IsEmpty() =>
        Assert.Equal("", _renderer.TeaserHtml("Secret."));

    [Fact]
    public void FullBody_DoesNotShowTheMoreMarker() =>
        Assert.DoesNotContain("more", _renderer.ToSafeHtml("A.\n\n<!--more-->\n\nB."));

    [Theory]
    [InlineData("Hello world", 2)]
    [InlineData("Don't over-think it: 20 minutes!", 6)]
    [InlineData("", 0)]
    public void CountWords_CountsWords(string text, int words) => Assert.Equal(words, MarkdownRenderer.CountWords(text));
}
