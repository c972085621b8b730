using Limber.Features.Memberships;

namespace Limber.Features.Favorites;

/// <summary>
/// A kind of content a member can keep in their favorites (workout, article, recipe ...), registered
/// by the feature that owns it with <see cref="FavoriteKinds.AddFavoriteKind{TKind}"/>. Favorites stores
/// only (kind, id) and asks the kind for the rest, so it reads no other feature's tables, and a kind
/// that is not registered is refused rather than mistaken for another.
/// </summary>
public interface IFavoriteKind
{
    /// <summary>The kind's name in the table, the toggle form and the API (<c>/api/v1/me/favorites/{kind}/{id}</c>): "workout".</summary>
    string Name { get; }

    /// <summary>The heading on <c>/account/favorites</c>: "Workouts".</summary>
    string Heading { get; }

    /// <summary>Place on the favorites page.</summary>
    int Order { get; }

    /// <summary>Whether <paramref name="id"/> names live content of this kind that can be favorited.</summary>
    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Title, address and visibility of those of <paramref name="ids"/> that still exist.</summary>
    Task<IReadOnlyDictionary<Guid, FavoriteItem>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

public sealed record FavoriteItem(string Title, string Url, Visibility Visibility);

public static class FavoriteKinds
{
    public static IServiceCollection AddFavoriteKind<TKind>(this IServiceCollection services) where TKind : class, IFavoriteKind =>
        services.AddScoped<IFavoriteKind, TKind>();

    /// <summary>The registered kind named <paramref name="name"/> (case-insensitive, as the API takes it), or null.</summary>
    public static IFavoriteKind? Named(this IEnumerable<IFavoriteKind> kinds, string? name) =>
        kinds.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}
