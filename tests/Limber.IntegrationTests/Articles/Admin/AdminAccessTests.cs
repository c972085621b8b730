using System.Net;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Articles.Admin;

/// <summary>Every admin page: anonymous visitors are sent to log in, members and moderators are refused, staff get in.</summary>
public sealed class AdminAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> AdminPages => new() { "/admin", "/admin/articles", "/admin/articles/edit", "/admin/categories" };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_Anonymous_RedirectsToLoginAndBack(string path)
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_MemberOrModerator_IsForbidden(string path)
    {
        foreach (var role in new[] { Roles.Member, Roles.Moderator })
        {
            var client = app.CreateClient(await app.GivenUserAsync(role));

            var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_EditorOrAdmin_Opens(string path)
    {
        foreach (var role in new[] { Roles.Editor, Roles.Admin })
        {
            var response = await app.CreateClient(await app.GivenUserAsync(role)).GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task AdminPost_Member_ChangesNothing()
    {
        var article = await app.GivenArticleAsync();
        var client = app.CreateClient(await app.GivenMemberAsync());

        var response = await client.PostAsync($"/admin/articles/edit/{article.Id}?handler=Delete", new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient(signedInAs: null).GetAsync($"/articles/{article.Slug}")).StatusCode);
    }
}
