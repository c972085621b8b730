using System.Net;
using System.Text;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// What members type is taken as text: control characters are stripped where they enter (forms,
/// JSON, query strings), display names cannot pass for the site, its staff or a private member, and a
/// member's own answers are never kept by a cache.
/// </summary>
public sealed class InputHygieneTests(InputHygieneTests.Factory app) : IClassFixture<InputHygieneTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Limber:RateLimits:RegistrationsPerHour", "1000"), new("Limber:RateLimits:PostsPerMinute", "1000")];
    }

    [Fact]
    public async Task ACommentWithANulByte_IsPostedWithoutIt()
    {
        var article = await app.GivenArticleAsync();
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);

        var page = await client.GetDocumentAsync($"/articles/{article.Slug}");
        var response = await client.SubmitAsync(page.Form("#new-comment"), new Dictionary<string, string> { ["Body"] = "Two\0 minutes\u0007 a day\nworks" });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var body = await app.WithDbAsync(db => db.Comments.Where(c => c.AuthorId == member.Id).Select(c => c.Body).SingleAsync());
        Assert.Equal("Two minutes a day\nworks", body);
    }

    [Fact]
    public async Task ACommentWithANulByte_ThroughTheApi_IsStoredWithoutIt()
    {
        var article = await app.GivenArticleAsync();
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/articles/{article.Slug}/comments")
        {
            Content = new StringContent("""{ "body": "Null\u0000 here" }""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Null here", await app.WithDbAsync(db => db.Comments.Where(c => c.AuthorId == member.Id).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task AProfileWithANulByte_IsSavedWithoutIt()
    {
        var member = await app.GivenMemberAsync(name: "Nul Tester");
        var client = app.CreateClient(member);

        var page = await client.GetDocumentAsync("/account/profile");
        var response = await client.SubmitAsync(page.Form(), new Dictionary<string, string> { ["Input.Location"] = "Jura\0, France" });

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, response.StatusCode.ToString());
        Assert.Equal("Jura, France", await app.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.Location).SingleAsync()));
    }

    [Theory]
    [InlineData("/search?q=inversion%00table")]
    [InlineData("/api/v1/articles?page=1%00")]
    public async Task AQueryWithANulByte_IsAnsweredNotAnError(string url)
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync(url);

        Assert.True((int)response.StatusCode < 500, response.StatusCode.ToString());
    }

    [Fact]
    public async Task AQueryWithANulByte_KeepsItsOtherValues()
    {
        var article = await app.GivenArticleAsync(title: "Quokka stretches for the lower back");

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/search?Q=quokka&page=%00");

        Assert.Contains(article.Title, page.Text("main"));
    }

    [Fact]
    public async Task AnAddressWithANulByte_IsNotFound()
    {
        var context = await app.Server.SendAsync(c => c.Request.Path = "/articles/a\0b");

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("Private", DisplayNames.Reserved)]
    [InlineData("admin", DisplayNames.Reserved)]
    [InlineData("The Admin Team", DisplayNames.Reserved)]
    [InlineData("Ａｄｍｉｎ", DisplayNames.Reserved)]
    [InlineData("Limber", DisplayNames.Reserved)]
    [InlineData("Limber Support", DisplayNames.Reserved)]
    [InlineData("\u202Enimda", DisplayNames.InvisibleCharacters)]
    [InlineData("Jo\u200Bhn", DisplayNames.InvisibleCharacters)]
    public async Task Register_WithANameThatPassesForSomeoneElse_IsAFieldErrorThatKeepsWhatWasTyped(string name, string message)
    {
        var client = app.CreateClient(signedInAs: null);
        var email = $"who-{Guid.NewGuid():N}@example.com";

        var page = await client.GetDocumentAsync("/account/register");
        var response = await client.SubmitAsync(page.Form(), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = "a long passphrase",
            ["Input.ConfirmPassword"] = "a long passphrase",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await Html.ParseAsync(response);
        Assert.Equal(message, form.FieldError("Input.DisplayName"));
        Assert.Equal(email, form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Email")!.Value);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("Privateer Pat")]
    [InlineData("Adminton Smith")]
    [InlineData("Limber Fan Jo")]
    [InlineData("José Ñúñez")]
    public async Task Register_WithAnOrdinaryName_IsFine(string name)
    {
        Assert.Null(DisplayNames.Problem(name, "Limber"));
        var client = app.CreateClient(signedInAs: null);
        var page = await client.GetDocumentAsync("/account/register");
        var response = await client.SubmitAsync(page.Form(), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = $"ok-{Guid.NewGuid():N}@example.com",
            ["Input.Password"] = "a long passphrase",
            ["Input.ConfirmPassword"] = "a long passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Profile_RenamedAsAModerator_IsRefused()
    {
        var member = await app.GivenMemberAsync(name: "Plain Pat");
        var client = app.CreateClient(member);

        var page = await client.GetDocumentAsync("/account/profile");
        var response = await client.SubmitAsync(page.Form(), new Dictionary<string, string> { ["Input.DisplayName"] = "Moderator" });

        Assert.Equal(DisplayNames.Reserved, (await Html.ParseAsync(response)).FieldError("Input.DisplayName"));
        Assert.Equal("Plain Pat", await app.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Theory]
    [InlineData("/api/v1/me")]
    [InlineData("/account/export")]
    [InlineData("/account/profile")]
    public async Task AMembersOwnAnswers_AreNotStoredByAnyCache(string path)
    {
        var response = await app.CreateClient(await app.GivenMemberAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }
}
