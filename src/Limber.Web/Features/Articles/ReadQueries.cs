using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

/// <summary>
/// The article page's own reads, compiled once: the page members open most (it is not cached for
/// them), and for queries this small EF Core spends more time finding the cached plan for the LINQ
/// tree than SQLite spends running it. The live-article condition is written out: a compiled query
/// cannot call <see cref="ArticleQueries.Live"/>.
/// </summary>
internal static class ReadQueries
{
    /// <summary>The reader, whether the article is one of their favorites, and their unread notifications.</summary>
    public sealed record ViewerRow(AppUser Member, bool IsFavorite, int Unread);

    /// <summary>The live article with its author and its categories by name.</summary>
    public static readonly Func<AppDbContext, string, DateTime, CancellationToken, Task<Article?>> LiveArticle =
        EF.CompileAsyncQuery((AppDbContext db, string slug, DateTime now, CancellationToken cancellationToken) => db.Articles.AsNoTracking()
            .Include(a => a.Author)
            .Include(a => a.Categories.OrderBy(c => c.Name))
            // Split: as one query, SQLite materializes every article's categories before joining (measured: half the throughput).
            .AsSplitQuery()
            .FirstOrDefault(a => a.Slug == slug && a.Status == ArticleStatus.Published && a.PublishedAtUtc <= now));

    /// <summary>
    /// In one round trip instead of three. The conditions are written out, not taken from FavoritesService and
    /// NotificationCounter: passed in as expressions, EF ran each subquery as a query of its own (seen in the command log).
    /// </summary>
    public static readonly Func<AppDbContext, Guid, Guid, CancellationToken, Task<ViewerRow?>> Viewer =
        EF.CompileAsyncQuery((AppDbContext db, Guid memberId, Guid articleId, CancellationToken cancellationToken) => db.Users.AsNoTracking()
            .Where(u => u.Id == memberId)
            .Select(u => new ViewerRow(u,
                db.Favorites.Any(f => f.MemberId == u.Id && f.Kind == ArticleFavorites.Kind && f.TargetId == articleId),
                db.Notifications.Count(n => n.RecipientId == u.Id && n.ReadAtUtc == null)))
            .FirstOrDefault());
}
