using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Comments;

/// <summary>Issue 16: a workout gets the same thread as an article (forms, replies, notifications, moderation, API) from one registration.</summary>
public sealed class CommentingOnWorkoutsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string WorkoutKind = Limber.Features.Workouts.WorkoutCommentTarget.TargetKind;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string slug, string body, Guid? replyTo = null)
    {
        var page = await client.GetDocumentAsync($"/workouts/{slug}" + (replyTo is null ? "" : $"?replyTo={replyTo}"));
        return await client.SubmitAsync(page.Form(replyTo is null ? "#new-comment" : $"#reply-{replyTo}"), new Dictionary<string, string> { ["Body"] = body });
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string json)
    {
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Post_OnAWorkout_GoesBackToTheWorkoutAndShowsInItsThread()
    {
        var workout = await app.GivenWorkoutAsync(title: "Morning mobility");
        var client = app.CreateClient(await app.GivenMemberAsync(name: "Wendy Workout"));

        var response = await PostAsync(client, workout.Slug, "My hips thank you 🙏");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/workouts/{workout.Slug}#comment-", response.Location());
        var page = await client.GetDocumentAsync(response.Location()!);
        Assert.Equal("1 comment on “Morning mobility”", page.Text("#comments-heading"));
        var comment = Assert.Single(page.QuerySelectorAll("[data-test=comment]"));
        Assert.Equal("Wendy Workout", comment.QuerySelector(".comment-author")!.TextContent.Trim());
        Assert.Equal("My hips thank you 🙏", comment.QuerySelector(".comment-body")!.TextContent);
        Assert.Equal(WorkoutKind, await app.WithDbAsync(db => db.Comments.Where(c => c.TargetId == workout.Id).Select(c => c.TargetKind).SingleAsync()));
    }

    [Fact]
    public async Task Reply_OnAWorkout_NotifiesWithTheWorkoutsTitleAndLink()
    {
        var workout = await app.GivenWorkoutAsync(title: "Desk reset");
        var answered = await app.GivenMemberAsync();
        var parent = await app.GivenCommentAsync(workout, answered);
        var replier = app.CreateClient(await app.GivenMemberAsync(name: "Rita Replier"));

        var response = await PostAsync(replier, workout.Slug, "Try it twice a day", parent.Id);
        await app.SendOutboxAsync();

        var replyId = response.Location()!.Split("#comment-")[1];
        var notifications = await app.CreateClient(answered).GetDocumentAsync("/account/notifications");
        Assert.Equal("Rita Replier replied to your comment on “Desk reset”", notifications.Text("[data-test=notification] button"));
        var mail = app.SingleMessageTo(answered.Email!, "Rita Replier replied to your comment on “Desk reset”");
        Assert.Contains($"/workouts/{workout.Slug}#comment-{replyId}", mail.TextBody);
        var api = (await app.CreateClient(answered).GetFromJsonAsync<JsonElement>("/api/v1/me/notifications")).GetProperty("items")[0];
        Assert.Equal("workout", api.GetProperty("targetKind").GetString());
        Assert.Equal("Desk reset", api.GetProperty("targetTitle").GetString());
        Assert.Equal($"/workouts/{workout.Slug}#comment-{replyId}", api.GetProperty("link").GetString());
    }

    [Fact]
    public async Task Moderation_ACommentOnAWorkout_NamesTheWorkoutAndLinksToTheComment()
    {
        var workout = await app.GivenWorkoutAsync(title: "Hamstring flow");
        var comment = await app.GivenCommentAsync(workout, await app.GivenMemberAsync(), body: "Moderate this workout comment");
        var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Moderator));

        var queue = await moderator.GetDocumentAsync($"/admin/comments?state=all&on={workout.Slug}");

        var item = Assert.Single(queue.QuerySelectorAll("[data-test=moderation-item]"));
        Assert.Equal("Workout", item.QuerySelector("[data-test=target-kind]")!.TextContent.Trim());
        var link = item.QuerySelector("a[data-test=target]")!;
        Assert.Equal("Hamstring flow", link.TextContent.Trim());
        Assert.Equal($"/workouts/{workout.Slug}#comment-{comment.Id}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Api_WorkoutThread_ListsAndPosts_AtTheWorkoutsAddress()
    {
        var workout = await app.GivenWorkoutAsync();
        var parent = await app.GivenCommentAsync(workout, await app.GivenMemberAsync(), body: "Top of the thread");
        var member = app.CreateClient(await app.GivenMemberAsync());
        // Threads are in the order of posting on the app's clock.
        app.Clock.Advance(TimeSpan.FromSeconds(1));

        var posted = await SendAsync(member, HttpMethod.Post, $"/api/v1/workouts/{workout.Slug}/comments", """{"body":"Posted through the API"}""");
        var replied = await SendAsync(member, HttpMethod.Post, $"/api/v1/comments/{parent.Id}/replies", """{"body":"A reply on the workout"}""");
        var thread = await member.GetFromJsonAsync<JsonElement>($"/api/v1/workouts/{workout.Slug}/comments");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replied.StatusCode);
        Assert.Equal(3, thread.GetProperty("count").GetInt32());
        Assert.Equal("A reply on the workout", thread.GetProperty("items")[0].GetProperty("replies")[0].GetProperty("body").GetString());
        Assert.Equal("Posted through the API", thread.GetProperty("items")[1].GetProperty("body").GetString());
    }

    [Fact]
    public async Task Api_UnknownKindOrSlug_IsNotFound_AnonymousPost_IsUnauthorized_MalformedBody_IsABadRequest()
    {
        var workout = await app.GivenWorkoutAsync();
        var anonymous = app.CreateClient(signedInAs: null);
        var member = app.CreateClient(await app.GivenMemberAsync());

        var unknownKind = await anonymous.GetAsync($"/api/v1/podcasts/{workout.Slug}/comments");
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
        var detail = (await unknownKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("articles", detail);
        Assert.Contains("recipes", detail);
        Assert.Contains("workouts", detail);
        // A recipe's slug names no workout.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/recipes/{workout.Slug}/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/workouts/no-such-workout/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/v1/workouts/{workout.Slug}/comments", new { body = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(member, HttpMethod.Post, $"/api/v1/workouts/{workout.Slug}/comments", """{"body":""}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(member, HttpMethod.Post, $"/api/v1/workouts/{workout.Slug}/comments", "not json")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.TargetId == workout.Id)));
    }

    [Fact]
    public async Task Editor_AllowCommentsOff_ClosesTheWorkoutsThread()
    {
        var workout = await app.GivenWorkoutAsync();
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync($"/admin/workouts/edit/{workout.Id}")).Form();
        Assert.True(form.QuerySelector<IHtmlInputElement>("input[name='Input.CommentsEnabled'][type=checkbox]")!.IsChecked);

        var saved = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.CommentsEnabled"] = "false" }, form.Button("Save workout"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var member = app.CreateClient(await app.GivenMemberAsync());
        var page = await member.GetDocumentAsync($"/workouts/{workout.Slug}");
        Assert.Contains(CommentRules.Messages.Closed("workout"), page.Text("#comments"));
        Assert.Null(page.QuerySelector("#new-comment"));
        var forced = await SendAsync(member, HttpMethod.Post, $"/api/v1/workouts/{workout.Slug}/comments", """{"body":"Let me in"}""");
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
    }
}
