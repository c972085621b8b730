using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Memberships;
using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Articles;

/// <summary>An article and its thread (drawn and posted to by Comments: <see cref="CommentThreadViews"/>).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.ContentPage)]
public sealed class ReadModel(AppDbContext db, MemberAccess access, TimeProvider clock, CommentThreadViews threads,
    Notifications.NotificationCounter notifications) : PageModel
{
    public Article Article { get; private set; } = null!;

    public bool CanReadAll { get; private set; }

    public bool IsFavorite { get; private set; }

    public CommentThreadView Comments { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await ReadQueries.LiveArticle(db, slug, now, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        ViewData[nameof(PageMeta)] = new PageMeta(
            article.Title,
            article.Excerpt,
            SiteUrls.Article(article.Slug),
            OgType: "article",
            ImagePath: article.FeaturedImagePath is null ? null : SiteUrls.Upload(article.FeaturedImagePath));
        CanReadAll = await access.CanReadAsync(User, article.Visibility, cancellationToken);
        var member = await ViewerAsync(cancellationToken);
        Comments = await threads.ForAsync(HttpContext, ArticleCommentTarget.Of(article, now), member, cancellationToken);
        return Page();
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
}
