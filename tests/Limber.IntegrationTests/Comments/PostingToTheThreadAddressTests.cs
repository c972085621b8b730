using System.Net;
using Limber.Features.Comments;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Comments;

/// <summary>
/// The thread's forms post to <c>/comments/{collection}/{slug}</c>, whatever the content: what that
/// address does with visitors, other members' comments and requests that make no sense.
/// </summary>
public sealed class PostingToTheThreadAddressTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string>? fields = null)
    {
        // A signed-in page carries the client's antiforgery token (the cookie comes with it); a visitor takes it from the login form.
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")?.GetAttribute("content")
            ?? (await client.GetDocumentAsync("/account/login")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value!;
        var body = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    [Fact]
    public async Task Get_TheThreadAddress_GoesToTheContentsPage_AndAnUnknownOneIs404()
    {
        var article = await app.GivenArticleAsync();
        var workout = await app.GivenWorkoutAsync();
        var client = app.CreateClient(signedInAs: null);

        Assert.Equal($"/articles/{article.Slug}#comments", (await client.GetAsync($"/comments/articles/{article.Slug}")).Location());
        Assert.Equal($"/workouts/{workout.Slug}#comments", (await client.GetAsync($"/comments/workouts/{workout.Slug}")).Location());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/comments/recipes/{article.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/comments/workouts/{article.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Post_ByAVisitor_IsRefusedWithTheLoginNote_AndStoresNothing()
    {
        var workout = await app.GivenWorkoutAsync();
        var visitor = app.CreateClient(signedInAs: null);

        var response = await PostAsync(visitor, $"/comments/workouts/{workout.Slug}?handler=Comment", new() { ["Body"] = "Anonymous words" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotNull((await Html.ParseAsync(response)).QuerySelector("[data-test=login-note]"));
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == "Anonymous words")));
    }

    [Theory]
    [InlineData("EditComment")]
    [InlineData("DeleteComment")]
    [InlineData("ReportComment")]
    public async Task ChangeAComment_AsAVisitor_Is404(string handler)
    {
        var workout = await app.GivenWorkoutAsync();
        var comment = await app.GivenCommentAsync(workout, await app.GivenMemberAsync(), body: "Still here");

        var response = await PostAsync(app.CreateClient(signedInAs: null), $"/comments/workouts/{workout.Slug}?handler={handler}&id={comment.Id}", new() { ["Body"] = "Changed" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Still here", await app.WithDbAsync(db => db.Comments.Where(c => c.Id == comment.Id).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task EditOrDelete_SomeoneElsesComment_Is404_AndReportingYourOwnIs404()
    {
        var workout = await app.GivenWorkoutAsync();
        var author = await app.GivenMemberAsync();
        var comment = await app.GivenCommentAsync(workout, author, body: "Mine alone");
        var other = app.CreateClient(await app.GivenMemberAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/comments/workouts/{workout.Slug}?handler=EditComment&id={comment.Id}", new() { ["Body"] = "Hijacked" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/comments/workouts/{workout.Slug}?handler=DeleteComment&id={comment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(app.CreateClient(author), $"/comments/workouts/{workout.Slug}?handler=ReportComment&id={comment.Id}")).StatusCode);
        Assert.Equal("Mine alone", await app.WithDbAsync(db => db.Comments.Where(c => c.Id == comment.Id).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task ChangeAComment_ThroughAnotherContentsAddress_Is404()
    {
        var article = await app.GivenArticleAsync();
        var workout = await app.GivenWorkoutAsync();
        var author = await app.GivenMemberAsync();
        var onArticle = await app.GivenCommentAsync(article, author, body: "On the article");

        var response = await PostAsync(app.CreateClient(author), $"/comments/workouts/{workout.Slug}?handler=EditComment&id={onArticle.Id}", new() { ["Body"] = "Moved?" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("On the article", await app.WithDbAsync(db => db.Comments.Where(c => c.Id == onArticle.Id).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task Reply_ToACommentOnOtherContent_KeepsTheTextInTheNewCommentForm_AndSaysWhy()
    {
        var article = await app.GivenArticleAsync();
        var workout = await app.GivenWorkoutAsync();
        var elsewhere = await app.GivenCommentAsync(article, await app.GivenMemberAsync());
        var client = app.CreateClient(await app.GivenMemberAsync());

        var response = await PostAsync(client, $"/comments/workouts/{workout.Slug}?handler=Comment&replyTo={elsewhere.Id}", new() { ["Body"] = "Crossed wires" });

        var page = await Html.ParseAsync(response);
        Assert.Equal(CommentRules.Messages.GoneParent, page.Text("#comment-error"));
        Assert.Equal("Crossed wires", page.QuerySelector<IHtmlTextAreaElement>("#comment-body")!.Value);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == "Crossed wires")));
    }

    [Theory]
    [InlineData("/comments/recipes/{slug}?handler=Comment")]
    [InlineData("/comments/workouts/no-such-workout?handler=Comment")]
    [InlineData("/comments/workouts/{slug}?handler=DeleteComment&id=not-a-guid")]
    [InlineData("/comments/workouts/{slug}?handler=EditComment")]
    public async Task Post_Malformed_Is404(string url)
    {
        var workout = await app.GivenWorkoutAsync();

        var response = await PostAsync(app.CreateClient(await app.GivenMemberAsync()), url.Replace("{slug}", workout.Slug), new() { ["Body"] = "Words" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsABadRequest()
    {
        var workout = await app.GivenWorkoutAsync();
        var client = app.CreateClient(await app.GivenMemberAsync());

        var response = await client.PostAsync($"/comments/workouts/{workout.Slug}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string> { ["Body"] = "Forged" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == "Forged")));
    }

    [Fact]
    public async Task Edit_Empty_ComesBackInTheEditFormWithWhatToFix()
    {
        var workout = await app.GivenWorkoutAsync();
        var author = await app.GivenMemberAsync();
        var comment = await app.GivenCommentAsync(workout, author, body: "Before");
        var client = app.CreateClient(author);
        var form = (await client.GetDocumentAsync($"/workouts/{workout.Slug}?edit={comment.Id}")).Form($"#comment-{comment.Id} form");

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Body"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(CommentRules.Messages.Empty, page.Text($"#edit-error-{comment.Id}"));
        Assert.Equal($"/workouts/{workout.Slug}", page.QuerySelector("h1 a")!.GetAttribute("href"));
        // While editing, the comment's other actions wait: no Reply under the edit form.
        Assert.Null(page.QuerySelector($"#comment-{comment.Id} .reply-toggle"));
    }
}
