using Limber.Infrastructure.Web;

namespace Limber.UnitTests.Infrastructure;

public sealed class TemplateWhitespaceTests
{
    [Theory]
    [InlineData("\n                <li class=\"comment depth-", "\n<li class=\"comment depth-")]
    [InlineData("</span>\r\n                                <br />\r\n        ", "</span>\n<br />\n")]
    [InlineData("                <li", " <li")]
    [InlineData("Reply</a> <a href=\"?edit=", "Reply</a> <a href=\"?edit=")]
    [InlineData("<span>| ", "<span>| ")]
    [InlineData("20\u00A0\u00A0min", "20\u00A0\u00A0min")]
    [InlineData("", "")]
    public void Compact_KeepsOneSpaceOrLineBreakOfEachRun(string literal, string compact) =>
        Assert.Equal(compact, TemplateWhitespace.Compact(literal));

    [Fact]
    public void CompactedLiteral_CompactsTheTemplatesOwnText() =>
        Assert.Equal("</span>\n<br />", CompactRazorPage<Model>.CompactedLiteral("</span>\n                <br />"));

    [Fact]
    public void CompactedLiteral_WritesDataExactly_AndDoesNotKeepIt()
    {
        var kept = CompactRazorPage<Model>.KeptCount;
        // Built at run time, as a comment id or a route value is: Razor passes a tag helper's string attribute through WriteLiteral.
        var data = string.Concat("a value   with ", "spaces");

        var written = CompactRazorPage<Model>.CompactedLiteral(data);

        Assert.Same(data, written);
        Assert.Equal(kept, CompactRazorPage<Model>.KeptCount);
    }

    private sealed record Model;
}
