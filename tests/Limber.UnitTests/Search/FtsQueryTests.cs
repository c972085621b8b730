using Limber.Features.Search;

namespace Limber.UnitTests.Search;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("inversion table", "\"inversion\"* \"table\"*")]
    [InlineData("\"unbalanced OR (x", "\"unbalanced\"* \"or\"* \"x\"*")]
    [InlineData("café 💪", "\"café\"*")]
    [InlineData("*** ---", "")]
    public void ToFtsQuery_QuotesEveryWordSoNothingIsSyntax(string text, string query) =>
        Assert.Equal(query, SearchText.ToFtsQuery(text));

    [Fact]
    public void Normalize_FoldsSpacesAndCapsTheLength()
    {
        Assert.Equal("a b", SearchText.Normalize("  a \n\t b "));
        Assert.Equal(SearchText.MaxQueryLength, SearchText.Normalize(new string('x', 1000)).Length);
        Assert.Equal("", SearchText.Normalize(null));
    }
}
