using Limber.Features.Articles;

namespace Limber.UnitTests.Articles;

public sealed class ArticleTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NewArticle_IsADraft() => Assert.Equal(ArticleState.Draft, new Article().StateAt(Now));

    [Fact]
    public void Publish_WithoutATime_IsLiveNow()
    {
        var article = new Article();

        article.Publish(Now);

        Assert.Equal(ArticleState.Published, article.StateAt(Now));
        Assert.Equal(Now, article.PublishedAtUtc);
    }

    [Fact]
    public void Publish_InTheFuture_IsScheduledUntilThen()
    {
        var article = new Article();

        article.Publish(Now, Now.AddDays(2));

        Assert.Equal(ArticleState.Scheduled, article.StateAt(Now));
        Assert.Equal(ArticleState.Published, article.StateAt(Now.AddDays(2)));
    }

    [Fact]
    public void Republish_KeepsTheOriginalDate()
    {
        var article = new Article();
        article.Publish(Now.AddDays(-10));
        article.Unpublish();

        article.Publish(Now);

        Assert.Equal(Now.AddDays(-10), article.PublishedAtUtc);
    }

    [Fact]
    public void Unpublish_MakesItADraft()
    {
        var article = new Article();
        article.Publish(Now);

        article.Unpublish();

        Assert.Equal(ArticleState.Draft, article.StateAt(Now));
    }

    [Fact]
    public void ExcerptFrom_LongTeaser_IsCutAtAWordWithAnEllipsis()
    {
        var html = "<p>" + string.Join(' ', Enumerable.Repeat("stretch", 80)) + " &amp; more</p>";

        var excerpt = SaveArticle.ExcerptFrom(html);

        Assert.True(excerpt.Length <= 241);
        Assert.EndsWith("stretch…", excerpt);
    }

    [Fact]
    public void ExcerptFrom_ShortTeaser_IsItsPlainText() =>
        Assert.Equal("Hang in there & breathe.", SaveArticle.ExcerptFrom("<p>Hang <em>in</em> there &amp; breathe.</p>"));
}
