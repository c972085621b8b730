using System.Net;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Notifications;

public sealed class ReplyNotificationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> ReplyAsync(HttpClient client, string slug, Guid parentId, string body)
    {
        var page = await client.GetDocumentAsync($"/articles/{slug}?replyTo={parentId}");
        return await client.SubmitAsync(page.Form($"#reply-{parentId}"), new Dictionary<string, string> { ["Body"] = body });
    }

    [Fact]
    public async Task Reply_NotifiesTheParentsAuthorInAppAndByEmail_Once()
    {
        var article = await app.GivenArticleAsync(title: "Notify Me");
        var alice = await app.GivenMemberAsync(name: "Alice");
        var parent = await app.GivenCommentAsync(article, alice);
        var bob = app.CreateClient(await app.GivenMemberAsync(name: "Bob"));

        var response = await ReplyAsync(bob, article.Slug, parent.Id, "Hi Alice, try 2 minutes 👍");
        var replyId = response.Location()!.Split("#comment-")[1];

        var home = await app.CreateClient(alice).GetDocumentAsync("/");
        // The link's accessible name reads "Notifications, 1 unread", not "Notifications1".
        Assert.Equal("Notifications, 1 unread", home.QuerySelector("[data-test=notifications-link]")!.GetAttribute("aria-label"));
        Assert.Equal("1", home.Text("[data-test=notifications-link] .count"));
        await app.SendOutboxAsync();
        await app.SendOutboxAsync();
        var mail = app.SingleMessageTo(alice.Email!, "Bob replied to your comment on “Notify Me”");
        Assert.Contains("Hi Alice, try 2 minutes 👍", mail.TextBody);
        Assert.Contains($"/articles/{article.Slug}#comment-{replyId}", mail.TextBody);
        Assert.StartsWith("<http", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);

        var edit = (await bob.GetDocumentAsync($"/articles/{article.Slug}?edit={replyId}")).Form($"#comment-{replyId} form");
        await bob.SubmitAsync(edit, new Dictionary<string, string> { ["Body"] = "Edited reply" });
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == alice.Id)));
        await app.SendOutboxAsync();
        Assert.Single(app.MessagesTo(alice.Email!));
    }

    [Fact]
    public async Task ReplyToYourself_NotifiesNobody()
    {
        var article = await app.GivenArticleAsync();
        var carol = await app.GivenMemberAsync();
        var parent = await app.GivenCommentAsync(article, carol);

        await ReplyAsync(app.CreateClient(carol), article.Slug, parent.Id, "Adding to my own point");

        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == carol.Id)));
        Assert.Empty(app.MessagesTo(carol.Email!));
    }

    [Fact]
    public async Task Notifications_OpenMarksReadAndGoesToTheReply_MarkAllClearsTheCount()
    {
        var article = await app.GivenArticleAsync();
        var dan = await app.GivenMemberAsync();
        var parent = await app.GivenCommentAsync(article, dan);
        var eve = app.CreateClient(await app.GivenMemberAsync(name: "Eve"));
        var first = await ReplyAsync(eve, article.Slug, parent.Id, "One");
        await ReplyAsync(eve, article.Slug, parent.Id, "Two");
        var client = app.CreateClient(dan);

        var list = await client.GetDocumentAsync("/account/notifications");
        var items = list.QuerySelectorAll("[data-test=notification]");
        Assert.Equal(2, items.Length);
        Assert.Contains("Two", items[0].TextContent);
        var opened = await client.SubmitAsync(items[1].QuerySelector<IHtmlFormElement>("form")!);
        Assert.Equal(first.Location()!.Split('#')[1], opened.Location()!.Split('#')[1]);
        Assert.Contains("1", (await client.GetDocumentAsync("/")).Text("[data-test=notifications-link] .count"));

        await client.SubmitAsync((await client.GetDocumentAsync("/account/notifications")).Form("form[action*='ReadAll']"));
        var cleared = await client.GetDocumentAsync("/");
        Assert.Null(cleared.QuerySelector("[data-test=notifications-link] .count"));
        Assert.Equal("Notifications", cleared.Text("[data-test=notifications-link]"));
        Assert.Null(cleared.QuerySelector("[data-test=notifications-link]")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Notifications_SomeoneElses_Is404()
    {
        var article = await app.GivenArticleAsync();
        var owner = await app.GivenMemberAsync();
        var parent = await app.GivenCommentAsync(article, owner);
        await ReplyAsync(app.CreateClient(await app.GivenMemberAsync()), article.Slug, parent.Id, "Hello");
        var id = await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientId == owner.Id).Select(n => n.Id).SingleAsync());
        var snoop = app.CreateClient(await app.GivenMemberAsync());
        var token = (await snoop.GetDocumentAsync("/account/notifications")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? (await snoop.GetDocumentAsync("/account/profile")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        var response = await snoop.PostAsync($"/account/notifications?handler=Open&id={id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token! }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClient(signedInAs: null).GetAsync("/account/notifications")).StatusCode);
    }

    [Fact]
    public async Task Unsubscribe_LinkWorksWithoutSigningIn_AndForgedTokensFail()
    {
        var article = await app.GivenArticleAsync();
        var fay = await app.GivenMemberAsync();
        var parent = await app.GivenCommentAsync(article, fay);
        await ReplyAsync(app.CreateClient(await app.GivenMemberAsync()), article.Slug, parent.Id, "First reply");
        await app.SendOutboxAsync();
        var unsubscribe = new Uri(app.MessagesTo(fay.Email!).Single().Headers["List-Unsubscribe"]!.Trim('<', '>')).PathAndQuery;
        var anonymous = app.CreateClient(signedInAs: null);

        var confirm = await anonymous.GetDocumentAsync(unsubscribe);
        var done = await anonymous.SubmitAsync(confirm.Form());
        Assert.Contains("You’re unsubscribed", (await Html.ParseAsync(done)).Text("h1"));
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == fay.Id).Select(u => u.EmailOnReply).SingleAsync()));

        var oneClick = await anonymous.PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        var forged = await anonymous.GetAsync("/unsubscribe?token=" + Uri.EscapeDataString(unsubscribe.Split("token=")[1][..^4] + "AAAA"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync($"/unsubscribe?token={fay.Id:N}")).StatusCode);

        await ReplyAsync(app.CreateClient(await app.GivenMemberAsync()), article.Slug, parent.Id, "Second reply");
        await app.SendOutboxAsync();
        Assert.Single(app.MessagesTo(fay.Email!));
        Assert.Equal(2, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == fay.Id)));
    }
}
