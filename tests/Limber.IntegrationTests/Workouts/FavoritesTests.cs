using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Workouts;

public sealed class FavoritesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AddToFavorites_TwiceKeepsOne_ListsByKind_AndRemoves()
    {
        var member = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync(title: "Favorite fennec flow");
        var article = await app.GivenArticleAsync(title: "Favorite fennec article");
        var client = app.CreateClient(member);

        foreach (var url in new[] { $"/workouts/{workout.Slug}", $"/workouts/{workout.Slug}", $"/articles/{article.Slug}" })
        {
            var page = await client.GetDocumentAsync(url);
            var form = page.Form(".favorite-form");
            form.QuerySelector<IHtmlInputElement>("input[name=add]")!.Value = "true"; // the second visit re-sends "add", as a double click would
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(form)).StatusCode);
        }

        Assert.Equal(2, await app.WithDbAsync(db => db.Favorites.CountAsync(f => f.MemberId == member.Id)));
        var list = await client.GetDocumentAsync("/account/favorites");
        Assert.Contains("Favorite fennec flow", list.Text("[data-test=favorites-workouts]"));
        Assert.Contains("Favorite fennec article", list.Text("[data-test=favorites-articles]"));
        Assert.Equal("Remove from favorites", (await client.GetDocumentAsync($"/workouts/{workout.Slug}")).Text(".favorite-form button"));

        var remove = list.QuerySelector("[data-test=favorites-workouts]")!.QuerySelector<IHtmlFormElement>("form")!;
        await client.SubmitAsync(remove);
        Assert.Null((await client.GetDocumentAsync("/account/favorites")).QuerySelector("[data-test=favorites-workouts]"));
    }

    [Fact]
    public async Task FavoriteThatBecamePremium_StaysListedAsLocked()
    {
        var member = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync(title: "Soon premium");
        var client = app.CreateClient(member);
        var added = await client.SubmitAsync((await client.GetDocumentAsync($"/workouts/{workout.Slug}")).Form(".favorite-form"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Favorites.CountAsync(f => f.MemberId == member.Id)));

        await app.WithDbAsync(db => db.Workouts.Where(w => w.Id == workout.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Visibility, Visibility.Premium)));

        var list = await client.GetDocumentAsync("/account/favorites");
        Assert.Contains("Soon premium", list.Text("[data-test=favorites-workouts]"));
        Assert.Contains("Locked", list.Text("[data-test=favorites-workouts]"));
    }

    [Fact]
    public async Task Api_PutIsIdempotent_UnknownTargetIs404_OthersSeeNothing()
    {
        var member = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync();
        var client = app.CreateClient(member);
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;
        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.Add("X-CSRF-TOKEN", token);
            return await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Put, $"/api/v1/me/favorites/workout/{workout.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Put, $"/api/v1/me/favorites/workout/{workout.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Put, $"/api/v1/me/favorites/workout/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Put, $"/api/v1/me/favorites/recipe-ish/{workout.Id}")).StatusCode);
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/v1/me/favorites")).GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await app.CreateClient(await app.GivenMemberAsync()).GetFromJsonAsync<JsonElement>("/api/v1/me/favorites")).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/v1/me/favorites/workout/{workout.Id}")).StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/me/favorites")).GetProperty("items").GetArrayLength());
    }
}
