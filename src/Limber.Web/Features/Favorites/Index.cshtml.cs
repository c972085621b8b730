using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Favorites;

/// <summary>
/// <c>/account/favorites</c>: the member's favorites grouped by kind, newest first. Something that
/// became premium stays listed, shown locked, rather than vanishing.
/// </summary>
[Authorize]
public sealed class IndexModel(FavoritesService favorites, IEnumerable<IFavoriteKind> kinds, MemberAccess access) : PageModel
{
    public List<Group> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reader = await access.ReaderAsync(User, cancellationToken);
        var all = await favorites.ListAsync(User.UserId()!.Value, cancellationToken);
        Groups = [.. kinds.OrderBy(k => k.Order)
            .Select(k => new Group(k.Heading, k.Name, [.. all.Where(f => f.Kind == k.Name)
                .Select(f => new Item(f.Kind, f.TargetId, f.Item.Title, f.Item.Url, !reader.CanRead(f.Item.Visibility)))]))
            .Where(g => g.Items.Count > 0)];
    }

    public sealed record Group(string Heading, string Kind, List<Item> Items);

    public sealed record Item(string Kind, Guid Id, string Title, string Url, bool Locked);
}
