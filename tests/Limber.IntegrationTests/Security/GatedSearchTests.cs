using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// Issue 15, item 9: search is no oracle for gated text. A reader without access matches a gated
/// article only on what they may read of it (its title and summary); the full text is searched only
/// for readers who may read it. On both engines (FTS5 and tsvector, docs/decisions/0002).
/// </summary>
public sealed class GatedSearchTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [MemberData(nameof(Readers.ReadsInFull), MemberType = typeof(Readers))]
    public async Task WordPastTheTeaser_MatchesOnlyForReadersWithAccess(Visibility visibility, string role, bool matches)
    {
        var secret = Readers.Secret("search");
        var article = await app.GivenArticleAsync(visibility, body: $"A free opening about posture.\n\n<!--more-->\n\nThe paid part names {secret}.");
        var client = app.CreateClient(await app.GivenReaderAsync(role));

        var page = await client.GetDocumentAsync($"/search?q={secret}");

        Assert.Equal(matches ? $"1 article matches “{secret}”." : $"Nothing matches “{secret}”. Try fewer or different words.", page.Text(".result-count"));
        Assert.Equal(matches, page.QuerySelector($"a[href='/articles/{article.Slug}']") is not null);
    }

    [Theory]
    [InlineData(Readers.Anonymous)]
    [InlineData(Readers.Free)]
    public async Task GatedArticle_IsStillFoundByItsTitleAndSummary(string role)
    {
        var word = Readers.Secret("title");
        var summary = Readers.Secret("summary");
        var article = await app.GivenArticleAsync(Visibility.Premium, title: $"Premium guide to {word}");
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Articles.FindAsync(article.Id);
            stored!.Excerpt = $"All about {summary}.";
            return await db.SaveChangesAsync();
        });
        var client = app.CreateClient(await app.GivenReaderAsync(role));

        Assert.Equal("1 article matches “" + word + "”.", (await client.GetDocumentAsync($"/search?q={word}")).Text(".result-count"));
        Assert.Equal("1 article matches “" + summary + "”.", (await client.GetDocumentAsync($"/search?q={summary}")).Text(".result-count"));
    }

    [Theory]
    [MemberData(nameof(Readers.ReadsInFull), MemberType = typeof(Readers))]
    public async Task WordInAGatedWorkoutsDescription_MatchesOnlyForReadersWithAccess(Visibility visibility, string role, bool matches)
    {
        // Issue 16: workouts keep the articles' rule: a gated workout is found by its title and summary alone.
        var secret = Readers.Secret("workout");
        var word = Readers.Secret("title");
        var workout = await app.GivenWorkoutAsync(visibility, title: $"Guide to {word}");
        await app.WithDbAsync(db => db.Workouts.Where(w => w.Id == workout.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.DescriptionMarkdown, $"The full session names {secret}.")));
        var client = app.CreateClient(await app.GivenReaderAsync(role));

        var bySecret = await client.GetDocumentAsync($"/search?q={secret}");
        var byTitle = await client.GetDocumentAsync($"/search?q={word}");

        Assert.Equal(matches ? $"1 workout matches “{secret}”." : $"Nothing matches “{secret}”. Try fewer or different words.", bySecret.Text(".result-count"));
        Assert.NotNull(byTitle.QuerySelector($"a[href='/workouts/{workout.Slug}']"));
    }

    [Fact]
    public async Task WordsSplitBetweenTitleAndGatedBody_DoNotMatchTogether()
    {
        var word = Readers.Secret("title");
        var secret = Readers.Secret("search");
        await app.GivenArticleAsync(Visibility.Premium, title: $"Premium guide to {word}",
            body: $"A free opening.\n\n<!--more-->\n\nThe paid part names {secret}.");

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/search?q={word}+{secret}");

        Assert.StartsWith("Nothing matches", page.Text(".result-count"));
    }
}
