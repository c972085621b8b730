using Limber.Infrastructure.Media;

namespace Limber.UnitTests.Infrastructure;

public sealed class PendingImagesTests
{
    [Theory]
    [InlineData("pending/0193aaaabbbbccccddddeeeeffff0000.jpg", true)]
    [InlineData("pending/0193AAAABBBBCCCCDDDDEEEEFFFF0000.jpg", false)]
    [InlineData("pending/0193aaaabbbbccccddddeeeeffff0000.jpg\n", false)]
    [InlineData("pending/../images/0193aaaabbbbccccddddeeeeffff.jpg", false)]
    [InlineData("images/0193aaaabbbbccccddddeeeeffff0000.jpg", false)]
    [InlineData("pending/0193aaaabbbbccccddddeeeeffff0000.png", false)]
    [InlineData("/pending/0193aaaabbbbccccddddeeeeffff0000.jpg", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsKey_OnlyTheStoresOwnShape(string? key, bool expected) => Assert.Equal(expected, PendingImages.IsKey(key));

    [Fact]
    public void SavedPath_IsTheSameNameUnderImages() =>
        Assert.Equal("images/0193aaaabbbbccccddddeeeeffff0000.jpg", PendingImages.SavedPath("pending/0193aaaabbbbccccddddeeeeffff0000.jpg"));
}
