using Limber.Features.Comments;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

/// <summary>
/// Articles take comments: what Comments needs to know about one (<see cref="ICommentTargetSource"/>), read
/// here so Comments never reads the articles table. Live means published with its time come.
/// </summary>
public sealed class ArticleCommentTarget(AppDbContext db, PageCacheEvictions cache, TimeProvider clock) : ICommentTargetSource
{
    /// <summary>Stored with every comment on an article; never renamed.</summary>
    public const string TargetKind = "article";

    public string Kind => TargetKind;

    public string Collection => "articles";

    public string Label => "Article";

    /// <summary>The target of an article already loaded (the article page).</summary>
    public static CommentTarget Of(Article a, DateTime nowUtc) => new(TargetKind, a.Id, a.Slug, a.Title, SiteUrls.Article(a.Slug),
        a.Visibility, a.CommentsEnabled, a.PublishedAtUtc, a.StateAt(nowUtc) == ArticleState.Published);

    public Task<CommentTarget?> FindAsync(string slug, CancellationToken cancellationToken) =>
        BySlug(db, slug, clock.GetUtcNow().UtcDateTime, cancellationToken);

    public async Task<IReadOnlyList<CommentTarget>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new CommentTarget(TargetKind, a.Id, a.Slug, a.Title, SiteUrls.Article(a.Slug), a.Visibility, a.CommentsEnabled, a.PublishedAtUtc,
                a.Status == ArticleStatus.Published && a.PublishedAtUtc <= now))
            .ToListAsync(cancellationToken);
    }

    public Task EvictAsync(CommentTarget target, CancellationToken cancellationToken) => cache.PageChangedAsync(target.Path, cancellationToken);

    /// <summary>Compiled: every comment posted on an article starts here. The live condition is <see cref="ArticleQueries.Live"/>'s, written out.</summary>
    private static readonly Func<AppDbContext, string, DateTime, CancellationToken, Task<CommentTarget?>> BySlug =
        EF.CompileAsyncQuery((AppDbContext db, string slug, DateTime now, CancellationToken cancellationToken) => db.Articles
            .Where(a => a.Slug == slug)
            .Select(a => new CommentTarget(TargetKind, a.Id, a.Slug, a.Title, SiteUrls.Article(a.Slug), a.Visibility, a.CommentsEnabled, a.PublishedAtUtc,
                a.Status == ArticleStatus.Published && a.PublishedAtUtc <= now))
            .FirstOrDefault());
}
