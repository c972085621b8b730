using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Memberships;
using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Articles;

/// <summary>An article and its thread. The comment forms post here, so a refused comment comes back with its text.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.Security.RateLimits.Posting)]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.ArticlePage)]
public sealed class ReadModel(AppDbContext db, MemberAccess access, TimeProvider clock, CommentThreadQuery threads,
    CommentRules rules, Notifications.NotificationCounter notifications) : PageModel
{
    public Article Article { get; private set; } = null!;

    public bool CanReadAll { get; private set; }

    public bool IsFavorite { get; private set; }

    public CommentThread Thread { get; private set; } = null!;

    /// <summary>Why the reader cannot comment (null when they can).</summary>
    public string? CommentBlocker { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ReplyTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    /// <summary>The text of the comment, reply or edit being posted.</summary>
    [BindProperty]
    public string? Body { get; set; }

    /// <summary>
    /// What the last action did (held, reported, deleted), carried in the address after the redirect
    /// rather than in a TempData cookie: a cookie would stop the page from being cached.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? Notice { get; set; }

    public string? CommentFlash => Notice switch
    {
        "held" => CommentRules.Messages.Held,
        "reported" => ReportComment.Thanks,
        "deleted" => "Your comment was deleted.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken) =>
        await LoadArticleAsync(slug, cancellationToken)
            ? await PageAsync(PageRequest.Lenient(pageNumber, CommentThreadQuery.TopLevelPerPage).Page, cancellationToken)
            : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(string slug, [FromServices] PostComment post, CancellationToken cancellationToken)
    {
        var result = await post.HandleAsync(User, new PostComment.Input(slug, ReplyTo, Body), cancellationToken);
        if (result.Article is not { } article)
        {
            return NotFound();
        }
        if (result.Comment is { } comment)
        {
            return await ToCommentAsync(slug, article.Id, comment.Id, cancellationToken, comment.Status == CommentStatus.Pending ? "held" : null, result.Page);
        }
        if (result.NotFound)
        {
            // The comment replied to is gone, and its reply form with it: the text and why come back in the
            // form for a new comment, which can still post it.
            ReplyTo = null;
        }
        ModelState.AddModelError(nameof(Body), result.Error!);
        return await ShowAgainAsync(slug, cancellationToken);
    }

    public async Task<IActionResult> OnPostEditCommentAsync(string slug, Guid id, [FromServices] ChangeOwnComment change, CancellationToken cancellationToken)
    {
        if (await LiveArticleIdAsync(slug, cancellationToken) is not { } articleId || User.UserId() is not { } me)
        {
            return NotFound();
        }
        switch (await change.EditAsync(me, id, Body, cancellationToken))
        {
            case null:
                return NotFound();
            case "":
                return await ToCommentAsync(slug, articleId, id, cancellationToken);
            case var error:
                Edit = id;
                ModelState.AddModelError(nameof(Body), error);
                return await ShowAgainAsync(slug, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostDeleteCommentAsync(string slug, Guid id, [FromServices] ChangeOwnComment change, CancellationToken cancellationToken)
    {
        if (await LiveArticleIdAsync(slug, cancellationToken) is null || User.UserId() is not { } me || !await change.DeleteAsync(me, id, cancellationToken))
        {
            return NotFound();
        }
        return Redirect($"{SiteUrls.Article(slug)}?notice=deleted#comments");
    }

    public async Task<IActionResult> OnPostReportCommentAsync(string slug, Guid id, [FromServices] ReportComment report, CancellationToken cancellationToken)
    {
        if (await LiveArticleIdAsync(slug, cancellationToken) is not { } articleId || User.UserId() is not { } me
            || !await report.HandleAsync(me, id, cancellationToken))
        {
            return NotFound();
        }
        return await ToCommentAsync(slug, articleId, id, cancellationToken, "reported");
    }

    /// <summary>To the comment on its page of the thread; <paramref name="page"/> when the caller already knows it.</summary>
    private async Task<RedirectResult> ToCommentAsync(string slug, Guid articleId, Guid commentId, CancellationToken cancellationToken,
        string? notice = null, int? page = null)
    {
        page ??= await threads.PageOfAsync(articleId, commentId, cancellationToken);
        var query = new List<string>();
        if (page > 1)
        {
            query.Add($"page={page}");
        }
        if (notice is not null)
        {
            query.Add($"notice={notice}");
        }
        return Redirect($"{SiteUrls.Article(slug)}{(query.Count > 0 ? "?" + string.Join("&", query) : "")}#comment-{commentId}");
    }

    /// <summary>
    /// The live article's id, without its body: what the comment handlers act on. A post that
    /// succeeds redirects, so they load the page (<see cref="ShowAgainAsync"/>) only when they show
    /// it again, with what to fix: posting stays cheap however long the article and its thread are.
    /// </summary>
    private Task<Guid?> LiveArticleIdAsync(string slug, CancellationToken cancellationToken) =>
        db.Articles.LiveIdAsync(slug, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private async Task<IActionResult> ShowAgainAsync(string slug, CancellationToken cancellationToken) =>
        await LoadArticleAsync(slug, cancellationToken) ? await PageAsync(1, cancellationToken) : NotFound();

    /// <summary>The live article with its author and categories, for showing the page; false when there is none.</summary>
    private async Task<bool> LoadArticleAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await ReadQueries.LiveArticle(db, slug, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (article is null)
        {
            return false;
        }
        Article = article;
        ViewData[nameof(PageMeta)] = new PageMeta(
            article.Title,
            article.Excerpt,
            SiteUrls.Article(article.Slug),
            OgType: "article",
            ImagePath: article.FeaturedImagePath is null ? null : SiteUrls.Upload(article.FeaturedImagePath));
        return true;
    }

    /// <summary>
    /// The signed-in reader, whether the article is one of their favorites, and the header's unread
    /// count, in one round trip instead of three: this page is the one members open most.
    /// </summary>
    private async Task<AppUser?> ViewerAsync(CancellationToken cancellationToken)
    {
        if (User.UserId() is not { } me)
        {
            return null;
        }
        var viewer = await ReadQueries.Viewer(db, me, Article.Id, cancellationToken);
        IsFavorite = viewer?.IsFavorite ?? false;
        notifications.Know(me, viewer?.Unread ?? 0);
        return viewer?.Member;
    }

    /// <summary>The reader's view of the loaded article: access, favorite, whether they may comment, and a page of the thread.</summary>
    private async Task<PageResult> PageAsync(int page, CancellationToken cancellationToken)
    {
        CanReadAll = await access.CanReadAsync(User, Article.Visibility, cancellationToken);
        var member = await ViewerAsync(cancellationToken);
        var target = CommentTarget.Of(Article);
        CommentBlocker = await rules.WhyNotAsync(member, User, target, cancellationToken);
        Thread = await threads.LoadForAsync(User, target, page, cancellationToken);
        return Page();
    }
}
