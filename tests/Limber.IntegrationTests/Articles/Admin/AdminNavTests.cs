using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Articles.Admin;

/// <summary>The admin menu marks the one section the page belongs to, by whole path segments.</summary>
public sealed class AdminNavTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/admin", "Dashboard")]
    [InlineData("/admin/articles/edit", "Articles")]
    [InlineData("/admin/members", "Members")]
    [InlineData("/admin/membership", "Membership")] // "/admin/members" is a prefix of it, not a segment
    [InlineData("/admin/series", "Series")]
    [InlineData("/admin/settings", "Settings")]
    public async Task AdminPage_MarksExactlyItsOwnSection(string path, string section)
    {
        var page = await app.CreateClient(await app.GivenUserAsync(Roles.Admin)).GetDocumentAsync(path);

        var current = page.QuerySelectorAll("nav.admin-nav a[aria-current=page]").Select(a => a.TextContent.Trim());

        Assert.Equal([section], current);
    }
}
