using System.Net;
using System.Net.Http.Json;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Accounts;

/// <summary>
/// Who reaches which account route. Account pages and /api/v1/me only ever act on the signed-in
/// member (no member id in the URL), so "another member" cannot even name someone else's data; the
/// admin routes that do take an id are admin-only.
/// </summary>
public sealed class AccountAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> OwnerPages => new()
    {
        "/account/profile", "/account/password", "/account/two-factor", "/account/export", "/account/delete",
    };

    [Theory]
    [MemberData(nameof(OwnerPages))]
    public async Task OwnerPage_Anonymous_RedirectsToLogin(string path)
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(OwnerPages))]
    public async Task OwnerPage_Member_ShowsTheirOwnData(string path)
    {
        var member = await app.GivenMemberAsync(name: "Owner Olga");
        var other = await app.GivenMemberAsync(name: "Other Oskar");

        var response = await app.CreateClient(member).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(other.Email!, body);
    }

    [Theory]
    [InlineData("GET", "/api/v1/me")]
    [InlineData("PATCH", "/api/v1/me")]
    public async Task MeApi_Anonymous_Is401NotARedirect(string method, string path)
    {
        var response = await app.CreateClient(signedInAs: null).SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : JsonContent.Create(new { location = "x" }),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(Roles.Member, HttpStatusCode.Redirect)]
    [InlineData(Roles.Editor, HttpStatusCode.Redirect)]
    [InlineData(Roles.Moderator, HttpStatusCode.Redirect)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    public async Task MembersAdmin_OnlyAdminsGetIn(string? role, HttpStatusCode expected)
    {
        var someone = await app.GivenMemberAsync();
        var client = app.CreateClient(role is null ? null : await app.GivenUserAsync(role));

        foreach (var path in new[] { "/admin/members", $"/admin/members/{someone.Id}" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(expected, response.StatusCode);
            if (role is not null && expected == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
            }
        }
    }

    [Fact]
    public async Task MemberAdmin_UnknownId_Is404()
    {
        var client = app.CreateClient(await app.GivenUserAsync(Roles.Admin));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/members/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/members/not-a-guid")).StatusCode);
    }
}
