using Limber.Features.Articles;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data.Seed;
using Limber.Infrastructure.Web;

namespace Limber.UnitTests.Infrastructure;

public sealed class DemoContentTests
{
    private static IEnumerable<DemoArticleFile> Files()
    {
        var assembly = typeof(DemoContentSeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".md", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return DemoArticleFile.Parse(reader.ReadToEnd());
        }
    }

    [Fact]
    public void DemoArticles_AllParseWithValidSlugsAndKnownCategories()
    {
        var files = Files().ToList();

        Assert.True(files.Count >= 5);
        Assert.All(files, f =>
        {
            Assert.True(Slugs.IsValid(f.Slug), f.Slug);
            Assert.NotEmpty(f.Categories);
            Assert.All(f.Categories, c => Assert.Contains(c, new[] { "fitness", "health", "nutrition", "back-care" }));
            Assert.True(f.Excerpt.Length <= Article.ExcerptMaxLength);
        });
        Assert.Equal(files.Count, files.Select(f => f.Slug).Distinct().Count());
    }

    [Fact]
    public void DemoContent_HasTheFlagshipArticleInFitnessAndHealth_AndAPremiumOne()
    {
        var files = Files().ToList();

        var flagship = Assert.Single(files, f => f.Slug == "back-pain-have-you-tried-inversion-therapy");
        Assert.Equal(["fitness", "health"], flagship.Categories);
        Assert.Contains("glaucoma", flagship.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(files, f => f.Visibility == Visibility.Premium && f.Body.Contains(MarkdownRenderer.MoreMarker, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FrontMatterValueWithAColon_KeepsItWhole()
    {
        var file = DemoArticleFile.Parse("---\ntitle: A: B\nslug: a-b\nexcerpt: E\ncategories: health\nvisibility: members\ndaysAgo: 3\ncomments: off\n---\nBody\n");

        Assert.Equal("A: B", file.Title);
        Assert.Equal(Visibility.Members, file.Visibility);
        Assert.False(file.CommentsEnabled);
        Assert.Equal("Body\n", file.Body);
    }
}
