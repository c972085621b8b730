using Limber.Features.Articles.Admin;

namespace Limber.UnitTests.Articles;

public sealed class BodyImageTests
{
    [Theory]
    [InlineData("Hello", null, "Hello\n\n![a](/u.jpg)\n")]
    [InlineData("", null, "![a](/u.jpg)\n")]
    [InlineData("One\r\nTwo", "4", "One\n\n![a](/u.jpg)\n\nTwo")]
    [InlineData("One\n\nTwo", "5", "One\n\n![a](/u.jpg)\n\nTwo")]
    [InlineData("One two", "3", "One\n\n![a](/u.jpg)\n\n two")]
    [InlineData("Text", "0", "![a](/u.jpg)\n\nText")]
    [InlineData("Text", "-1", "Text\n\n![a](/u.jpg)\n")]
    [InlineData("Text", "x", "Text\n\n![a](/u.jpg)\n")]
    [InlineData("Text", "5", "Text\n\n![a](/u.jpg)\n")]
    public void Insert_PutsTheImageInAParagraphOfItsOwn_AtTheCursorOrTheEnd(string body, string? at, string expected) =>
        Assert.Equal(expected, BodyImage.Insert(body, at, "![a](/u.jpg)"));

    [Fact]
    public void Insert_NeverSplitsAnEmoji() =>
        Assert.Equal("A🙌\n\n![a](/u.jpg)\n\nB", BodyImage.Insert("A🙌B", "2", "![a](/u.jpg)"));

    [Theory]
    [InlineData("A chart", "![A chart](/u.jpg)")]
    [InlineData(" Line\none  ", "![Line one](/u.jpg)")]
    [InlineData("[x] *bold* _it_ `code` <b> \\", @"![\[x\] \*bold\* \_it\_ \`code\` \<b\> \\](/u.jpg)")]
    [InlineData(null, "![](/u.jpg)")]
    public void Markdown_EscapesWhatMarkdownWouldRead(string? alt, string expected) =>
        Assert.Equal(expected, BodyImage.Markdown(alt, "/u.jpg"));
}
