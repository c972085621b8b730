using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Favorites;

/// <summary>The account overview's favorites card: how many the member keeps.</summary>
public sealed class FavoritesCard(AppDbContext db) : IAccountOverviewCard
{
    public int Order => 30;

    public async Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        var me = member.UserId()!.Value;
        var count = await db.Favorites.OwnedBy(me).CountAsync(cancellationToken);
        var hint = count == 0 ? "Use “Add to favorites” on a workout or article to keep it here." : "Kept for later, newest first.";
        return new AccountCard("Favorites", count.ToString(System.Globalization.CultureInfo.InvariantCulture), [new(hint)], "Your favorites", "/account/favorites");
    }
}
