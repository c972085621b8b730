using Limber.Infrastructure.Web;

namespace Limber.UnitTests.Infrastructure;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Back Pain: Have You Tried Inversion Therapy?", "back-pain-have-you-tried-inversion-therapy")]
    [InlineData("  Crème brûlée — déjà vu  ", "creme-brulee-deja-vu")]
    [InlineData("Don't stop", "dont-stop")]
    [InlineData("20 minutes / day!!", "20-minutes-day")]
    [InlineData("💪", "")]
    public void From_Text_MakesALowerCaseHyphenatedSlug(string text, string slug) => Assert.Equal(slug, Slugs.From(text));

    [Fact]
    public void From_LongText_IsCutAtAWordBoundaryWithoutATrailingHyphen()
    {
        var slug = Slugs.From(string.Join(' ', Enumerable.Repeat("stretch", 30)));

        Assert.True(slug.Length <= 80);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("ok-slug", true)]
    [InlineData("a1", true)]
    [InlineData("Upper", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-lead", false)]
    [InlineData("trail-", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_ChecksThePattern(string? slug, bool valid) => Assert.Equal(valid, Slugs.IsValid(slug));
}
