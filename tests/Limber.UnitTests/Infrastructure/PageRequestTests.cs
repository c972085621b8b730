using Limber.Infrastructure.Web;

namespace Limber.UnitTests.Infrastructure;

public sealed class PageRequestTests
{
    [Fact]
    public void Parse_Missing_TakesDefaults()
    {
        var page = PageRequest.Parse(null, null, 20, out var errors);

        Assert.Empty(errors);
        Assert.Equal(new PageRequest(1, 20), page);
        Assert.Equal(0, page.Skip);
    }

    [Theory]
    [InlineData("0", null, "page")]
    [InlineData("x", null, "page")]
    [InlineData(null, "0", "pageSize")]
    [InlineData(null, "101", "pageSize")]
    [InlineData(null, "2.5", "pageSize")]
    public void Parse_Bad_NamesTheField(string? page, string? size, string field)
    {
        PageRequest.Parse(page, size, 20, out var errors);

        Assert.Contains(field, errors.Keys);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("abc", 1)]
    [InlineData("-1", 1)]
    [InlineData(null, 1)]
    public void Lenient_FallsBackToTheFirstPage(string? raw, int expected) =>
        Assert.Equal(expected, PageRequest.Lenient(raw, 10).Page);

    [Fact]
    public void Paged_CountsPages()
    {
        var paged = new Paged<int>([1, 2], 2, 10, 21);

        Assert.Equal(3, paged.PageCount);
        Assert.True(paged.HasPrevious);
        Assert.True(paged.HasNext);
    }
}
