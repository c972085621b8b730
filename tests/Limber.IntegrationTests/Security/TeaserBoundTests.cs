using System.Net;
using System.Text.Json;
using Limber.Infrastructure.Data;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// Issue 15, item 2: a gated article's teaser is a bounded share of its body whatever the body's
/// shape, so a short members or premium article is never public in full: not on the page, the API,
/// the feed, nor in the description and Open Graph tags made from the teaser.
/// </summary>
public sealed class TeaserBoundTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Bodies whose secret comes last; "{0}" is where it goes.</summary>
    public static TheoryData<string, Visibility> Shapes()
    {
        string[] bodies =
        [
            "Posture starts at the feet and climbs through the knees, the hips and the spine to {0}.",
            "Posture starts at the feet and climbs.\n\nThe paid part says {0} in detail.",
            "Posture starts at the feet\nand climbs through the knees\nthen the hips and the spine\nto {0}",
            "A short free opening about posture.\n\nThe paid part says {0} in detail.\n\n<!--more-->",
            "# Posture\n\n- feet first\n- knees next\n- then {0}",
            "{0}",
        ];
        var data = new TheoryData<string, Visibility>();
        foreach (var body in bodies)
        {
            data.Add(body, Visibility.Members);
            data.Add(body, Visibility.Premium);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task ShortGatedArticle_ItsEndReachesNoReaderWithoutAccess(string shape, Visibility visibility)
    {
        var secret = Readers.Secret("teaser");
        var slug = await PublishThroughTheEditorAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, secret), visibility);
        var anonymous = app.CreateClient(signedInAs: null);

        var page = await anonymous.GetStringAsync($"/articles/{slug}");
        var api = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/articles/{slug}")).RootElement;
        var list = await anonymous.GetStringAsync("/api/v1/articles?pageSize=100");
        var feed = await anonymous.GetStringAsync("/feed.xml");

        Assert.DoesNotContain(secret, page);
        Assert.DoesNotContain(secret, api.GetRawText());
        Assert.True(api.GetProperty("bodyIsTeaser").GetBoolean());
        Assert.DoesNotContain(secret, list);
        Assert.DoesNotContain(secret, feed);
        var reader = app.CreateClient(await app.GivenReaderAsync(Readers.Premium));
        Assert.Contains(secret, await reader.GetStringAsync($"/articles/{slug}"));
    }

    [Fact]
    public async Task LongGatedArticle_WithoutMoreMarker_StillShowsAnOpening()
    {
        var opening = string.Join(' ', Enumerable.Repeat("Hanging upside down eases some backs.", 5));
        var secret = Readers.Secret("teaser");
        var slug = await PublishThroughTheEditorAsync($"{opening}\n\n{opening}\n\n{opening} {secret}", Visibility.Premium);

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{slug}");

        var teaser = page.QuerySelector("[data-test=article-teaser]")!.TextContent;
        Assert.Contains("Hanging upside down eases some backs.", teaser);
        Assert.DoesNotContain(secret, page.DocumentElement.OuterHtml);
    }

    /// <summary>Publishes through the admin editor with an empty excerpt, so the excerpt is made from the teaser as in real use.</summary>
    private async Task<string> PublishThroughTheEditorAsync(string body, Visibility visibility)
    {
        var category = await app.GivenCategoryAsync();
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync("/admin/articles/edit")).Form();
        var title = "Short gated " + Guid.NewGuid().ToString("N")[..10];
        var response = await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Body"] = body,
            ["Input.Excerpt"] = "",
            ["Input.CategoryIds"] = category.Id.ToString(),
            ["Input.Visibility"] = ((int)visibility).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, form.Button("Publish"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Limber.Infrastructure.Web.Slugs.From(title);
    }

    [Fact]
    public async Task ATeaserStoredBeforeTheBound_IsBoundedWhenTheSiteIsUpgraded_OnceNotOnEveryStart()
    {
        var secret = Readers.Secret("stored");
        var body = $"Posture starts at the feet and climbs to {secret}.";
        var article = await app.GivenArticleAsync(Visibility.Premium, body: body);
        // As an older release stored it: the whole of a one-paragraph body as its teaser.
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.TeaserHtml, a => a.BodyHtml)));
        Assert.Contains(secret, await app.CreateClient(signedInAs: null).GetStringAsync($"/articles/{article.Slug}"));

        // No migration was pending: a restart leaves stored data alone (and costs nothing).
        await app.WithScopeAsync(async s => { await DatabaseInitializer.MigrateAsync(s, NullLogger.Instance, CancellationToken.None); return 0; });
        Assert.Contains(secret, await app.CreateClient(signedInAs: null).GetStringAsync($"/articles/{article.Slug}"));

        // An upgrade applies migrations and then the data upgrades.
        await app.WithScopeAsync(async s =>
        {
            foreach (var upgrade in s.GetServices<IDataUpgrade>())
            {
                await upgrade.RunAsync(s.GetRequiredService<AppDbContext>(), CancellationToken.None);
            }
            return 0;
        });
        Assert.DoesNotContain(secret, await app.CreateClient(signedInAs: null).GetStringAsync($"/articles/{article.Slug}"));
        Assert.DoesNotContain(secret, await app.CreateClient(signedInAs: null).GetStringAsync($"/api/v1/articles/{article.Slug}"));
    }
}
