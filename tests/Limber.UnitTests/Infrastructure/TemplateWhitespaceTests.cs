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
}
