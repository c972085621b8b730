using Limber.Features.Accounts;

namespace Limber.Features.Favorites;

/// <summary>Favorites in the member's export, each with its title and address; the rows go with the account (cascade).</summary>
public sealed class FavoritesData(FavoritesService favorites) : IMemberDataContributor
{
    public string Section => "favorites";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) =>
        (await favorites.ListAsync(member.Id, cancellationToken))
            .Select(f => new { f.Kind, f.Item.Title, f.Item.Url, AddedAt = f.AddedAtUtc }).ToList();

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
