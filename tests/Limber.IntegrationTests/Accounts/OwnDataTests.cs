using System.Net;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Accounts;

public sealed class OwnDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Password = "my own long passphrase";

    [Fact]
    public async Task Export_DownloadsTheMembersProfileAsJson()
    {
        var member = await app.GivenMemberAsync(Password, name: "Exporting Emma");

        var response = await app.CreateClient(member).GetAsync("/account/export");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var profile = json.GetProperty("profile");
        Assert.Equal("Exporting Emma", profile.GetProperty("displayName").GetString());
        Assert.Equal(member.Email, profile.GetProperty("email").GetString());
        Assert.Equal("member", profile.GetProperty("roles")[0].GetString());
        Assert.False(profile.TryGetProperty("passwordHash", out _));
    }

    [Fact]
    public async Task Export_DeletedCommentAndFavorite_SayWhatTheyAre()
    {
        var member = await app.GivenMemberAsync(Password);
        var article = await app.GivenArticleAsync();
        var kept = await app.GivenCommentAsync(article, member, body: "Still here");
        var deleted = await app.GivenCommentAsync(article, member, body: "Gone soon");
        var workout = await app.GivenWorkoutAsync(title: "Favorite flow");
        await app.WithDbAsync(async db =>
        {
            (await db.Comments.SingleAsync(c => c.Id == deleted.Id)).DeleteByAuthor();
            db.Favorites.Add(new Limber.Features.Favorites.Favorite { MemberId = member.Id, Kind = "workout", TargetId = workout.Id, CreatedAtUtc = app.Now });
            return await db.SaveChangesAsync();
        });

        var json = JsonDocument.Parse(await app.CreateClient(member).GetStringAsync("/account/export")).RootElement;

        var comments = json.GetProperty("comments").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetGuid());
        Assert.Equal("published", comments[kept.Id].GetProperty("status").GetString());
        Assert.Equal("deleted", comments[deleted.Id].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, comments[deleted.Id].GetProperty("body").ValueKind);
        var favorite = json.GetProperty("favorites")[0];
        Assert.Equal("workout", favorite.GetProperty("kind").GetString());
        Assert.Equal("Favorite flow", favorite.GetProperty("title").GetString());
        Assert.Equal($"/workouts/{workout.Slug}", favorite.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Delete_WrongPassword_KeepsTheAccount()
    {
        var member = await app.GivenMemberAsync(Password);
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/account/delete")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "wrong password here" });

        Assert.Equal("That is not your password.", (await Html.ParseAsync(response)).FieldError("Password"));
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == member.Id)));
    }

    [Fact]
    public async Task Delete_WithPassword_ErasesTheAccountAndSignsOut()
    {
        var member = await app.GivenMemberAsync(Password);
        var client = app.CreateClient(signedInAs: null);
        var login = await client.GetDocumentAsync("/account/login");
        await client.SubmitAsync(login.Form(), new Dictionary<string, string> { ["Input.Email"] = member.Email!, ["Input.Password"] = Password });
        var form = (await client.GetDocumentAsync("/account/delete")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = Password });

        Assert.Equal("/account/deleted", response.Location());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == member.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/profile")).StatusCode);
    }
}
