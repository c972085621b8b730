using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Comments;

public sealed class ReadingThreadsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static List<string> Ids(IDocument page) => [.. page.QuerySelectorAll("[data-test=comment]").Select(c => c.Id!["comment-".Length..])];

    [Fact]
    public async Task Thread_ShowsCountOldestFirstWithRepliesUnderTheirParents()
    {
        var article = await app.GivenArticleAsync(title: "Hang Time");
        var ann = await app.GivenMemberAsync(name: "Ann");
        var bo = await app.GivenMemberAsync(name: "Bo");
        var first = await app.GivenCommentAsync(article, ann);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await app.GivenCommentAsync(article, bo);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var reply = await app.GivenCommentAsync(article, bo, first);
        var replyToReply = await app.GivenCommentAsync(article, ann, reply);

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");

        Assert.Equal("4 comments on “Hang Time”", page.Text("#comments-heading"));
        Assert.Equal([first.Id.ToString(), reply.Id.ToString(), replyToReply.Id.ToString(), second.Id.ToString()], Ids(page));
        Assert.Contains("depth-2", page.GetElementById($"comment-{replyToReply.Id}")!.ClassName);
        Assert.Equal("4 comments", page.Text(".byline a[href='#comments']"));
    }

    [Fact]
    public async Task Thread_OneComment_IsSingular()
    {
        var article = await app.GivenArticleAsync(title: "Solo");
        await app.GivenCommentAsync(article, await app.GivenMemberAsync());

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");

        Assert.Equal("1 comment on “Solo”", page.Text("#comments-heading"));
    }

    [Fact]
    public async Task Thread_DeeperThanFive_ShowsAtDepthFiveReplyingToTheParent()
    {
        var article = await app.GivenArticleAsync();
        Comment? parent = null;
        var names = new List<string>();
        for (var depth = 0; depth < 7; depth++)
        {
            var name = $"Level {depth}";
            names.Add(name);
            parent = await app.GivenCommentAsync(article, await app.GivenMemberAsync(name: name), parent);
        }

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");

        var deepest = page.GetElementById($"comment-{parent!.Id}")!;
        Assert.Contains("depth-4", deepest.ClassName);
        Assert.Equal("replying to Level 5", deepest.QuerySelector(".replying-to")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".depth-5"));
    }

    [Fact]
    public async Task Thread_ShowsAuthorLocationTimeAndAnchor_AndPrivateMembersAsPrivate()
    {
        var article = await app.GivenArticleAsync();
        var visible = await app.GivenMemberAsync(name: "Claire Visible");
        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var u = await users.FindByIdAsync(visible.Id.ToString());
            u!.Location = "Jura, France";
            return await users.UpdateAsync(u);
        });
        var hidden = await app.GivenMemberAsync(name: "Secret Sam");
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == hidden.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.ShowNamePublicly, false).SetProperty(u => u.Location, "Jura, France"));
            return 0;
        });
        var open = await app.GivenCommentAsync(article, visible);
        var secret = await app.GivenCommentAsync(article, hidden);

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");
        var html = page.DocumentElement.OuterHtml;

        var a = page.GetElementById($"comment-{open.Id}")!;
        Assert.Equal("Claire Visible", a.QuerySelector(".comment-author")!.TextContent.Trim());
        Assert.Equal("| Jura, France", a.QuerySelector(".comment-location")!.TextContent.Trim());
        Assert.NotNull(a.QuerySelector("time[datetime]"));
        Assert.Equal($"#comment-{open.Id}", a.QuerySelector("a.comment-date")!.GetAttribute("href"));
        var b = page.GetElementById($"comment-{secret.Id}")!;
        Assert.Equal("Private", b.QuerySelector(".comment-author")!.TextContent.Trim());
        Assert.Equal("| Jura, France", b.QuerySelector(".comment-location")!.TextContent.Trim());
        Assert.Equal("private avatar image", b.QuerySelector("img.avatar")!.GetAttribute("alt"));
        Assert.DoesNotContain("Secret Sam", html);
    }

    [Fact]
    public async Task Thread_MarkupAndScripts_AreShownAsTextAndLinksAreNofollow()
    {
        var article = await app.GivenArticleAsync();
        var body = "<script>alert(1)</script> &lt;b&gt; <img src=x onerror=alert(2)> [x](javascript:alert(3)) javascript:alert(4)\nsee https://example.com/page?a=1&b=2. Thanks 💪🏽 ñandú";
        var comment = await app.GivenCommentAsync(article, await app.GivenMemberAsync(), body: body);

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");
        var rendered = page.GetElementById($"comment-{comment.Id}")!.QuerySelector(".comment-body")!;

        Assert.Empty(rendered.QuerySelectorAll("script, img, b"));
        Assert.Contains("<script>alert(1)</script>", rendered.TextContent);
        Assert.Contains("&lt;b&gt;", rendered.TextContent);
        var link = Assert.Single(rendered.QuerySelectorAll("a"));
        Assert.Equal("https://example.com/page?a=1&b=2", link.GetAttribute("href"));
        Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel"));
        Assert.Contains("Thanks 💪🏽 ñandú", rendered.TextContent);
        Assert.NotNull(rendered.QuerySelector("br"));
    }

    [Fact]
    public async Task Thread_ManyTopLevelComments_PaginatesKeepingRepliesWithTheirParent()
    {
        var article = await app.GivenArticleAsync();
        var member = await app.GivenMemberAsync();
        var roots = await app.GivenTopLevelCommentsAsync(article, member, CommentThreadQuery.TopLevelPerPage + 3);
        var lateReplyToFirst = await app.GivenCommentAsync(article, member, roots[0]);
        var client = app.CreateClient(signedInAs: null);

        var first = await client.GetDocumentAsync($"/articles/{article.Slug}");
        var second = await client.GetDocumentAsync($"/articles/{article.Slug}?page=2");

        Assert.Equal($"{roots.Count + 1} comments", first.Text("#comments-heading")[..($"{roots.Count + 1} comments".Length)]);
        Assert.Equal(first.Text("#comments-heading"), second.Text("#comments-heading"));
        Assert.Equal(roots[0].Id.ToString(), Ids(first)[0]);
        Assert.Equal(lateReplyToFirst.Id.ToString(), Ids(first)[1]);
        Assert.Equal(CommentThreadQuery.TopLevelPerPage + 1, Ids(first).Count);
        Assert.Equal(roots.Skip(CommentThreadQuery.TopLevelPerPage).Select(r => r.Id.ToString()), Ids(second));
    }

    [Fact]
    public async Task Thread_Of2000Comments_LoadsInTheSameFewQueriesAsASmallOne()
    {
        var small = await app.GivenArticleAsync();
        var big = await app.GivenArticleAsync();
        var member = await app.GivenMemberAsync();
        await app.GivenCommentAsync(small, member);
        await app.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == big.Id);
            var author = await db.Users.SingleAsync(u => u.Id == member.Id);
            var roots = new List<Comment>();
            for (var i = 0; i < 400; i++)
            {
                var root = Comment.Start(Limber.Features.Articles.ArticleCommentTarget.TargetKind, article.Id, author, $"Root {i}", app.Now.AddSeconds(i));
                roots.Add(root);
                db.Comments.Add(root);
                var parent = root;
                for (var j = 0; j < 4; j++)
                {
                    parent = parent.ReplyBy(author, $"Reply {i}.{j}", app.Now.AddSeconds(i).AddMilliseconds(j + 1));
                    db.Comments.Add(parent);
                }
            }
            return await db.SaveChangesAsync();
        });
        var client = app.CreateClient(signedInAs: null);
        await client.GetDocumentAsync($"/articles/{small.Slug}");

        var before = app.Commands.Count;
        await client.GetDocumentAsync($"/articles/{small.Slug}");
        var smallQueries = app.Commands.Count - before;
        before = app.Commands.Count;
        var page = await client.GetDocumentAsync($"/articles/{big.Slug}");
        var bigQueries = app.Commands.Count - before;

        Assert.Equal("2000 comments", page.Text(".byline a[href='#comments']"));
        Assert.Equal(CommentThreadQuery.TopLevelPerPage * 5, page.QuerySelectorAll("[data-test=comment]").Length);
        Assert.Equal(smallQueries, bigQueries);
        Assert.True(bigQueries <= 10, $"{bigQueries} queries");
    }

    [Fact]
    public async Task Anonymous_SeesTheLoginNoteWithLinksBackToTheArticle()
    {
        var article = await app.GivenArticleAsync();

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");

        var note = page.QuerySelector("[data-test=login-note]")!;
        Assert.Equal("Note: You must be logged in to add a comment. Please log in, or register for a free account.", note.TextContent.Trim());
        var back = Uri.EscapeDataString($"/articles/{article.Slug}#comments");
        Assert.Equal($"/account/login?returnUrl={back}", note.QuerySelectorAll("a")[0].GetAttribute("href"));
        Assert.Equal("log in", note.QuerySelectorAll("a")[0].TextContent);
        Assert.Equal($"/account/register?returnUrl={back}", note.QuerySelectorAll("a")[1].GetAttribute("href"));
        Assert.Equal("register for a free account", note.QuerySelectorAll("a")[1].TextContent);
        Assert.Null(page.QuerySelector("textarea[name=Body]"));
    }
}
