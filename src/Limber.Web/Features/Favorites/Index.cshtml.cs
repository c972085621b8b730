using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Favorites;

/// <summary>
/// <c>/account/favorites</c>: the member's favorites by kind, newest first. Something that became
/// premium stays listed, shown locked, rather than vanishing.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, MemberAccess access) : PageModel
{
    public List<Item> Workouts { get; private set; } = [];

    public List<Item> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.UserId()!.Value;
        var reader = await access.ReaderAsync(User, cancellationToken);
        Workouts = await (from f in db.Favorites
                          join w in db.Workouts on f.TargetId equals w.Id
                          where f.MemberId == me && f.Kind == FavoriteKind.Workout
                          orderby f.CreatedAtUtc descending
                          select new Item(FavoriteKind.Workout, w.Id, w.Title, "/workouts/" + w.Slug, w.Visibility, false))
            .ToListAsync(cancellationToken);
        Articles = await (from f in db.Favorites
                          join a in db.Articles on f.TargetId equals a.Id
                          where f.MemberId == me && f.Kind == FavoriteKind.Article
                          orderby f.CreatedAtUtc descending
                          select new Item(FavoriteKind.Article, a.Id, a.Title, "/articles/" + a.Slug, a.Visibility, false))
            .ToListAsync(cancellationToken);
        Workouts = [.. Workouts.Select(i => i with { Locked = !reader.CanRead(i.Visibility) })];
        Articles = [.. Articles.Select(i => i with { Locked = !reader.CanRead(i.Visibility) })];
    }

    public sealed record Item(FavoriteKind Kind, Guid Id, string Title, string Url, Visibility Visibility, bool Locked);
}
