using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Limber.Features.Favorites;

public static class FavoritesApi
{
    public static void MapFavoritesApi(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me").WithTags("Favorites").RequireAuthorization();
        me.MapGet("/favorites", ListAsync).WithName("ListMyFavorites").WithSummary("The signed-in member's favorites, newest first, paged (?page=&pageSize=).");
        me.MapPut("/favorites/{kind}/{id:guid}", AddAsync).WithName("AddFavorite").WithSummary("Adds a favorite (adding twice keeps one).").AddEndpointFilter<AntiforgeryFilter>();
        me.MapDelete("/favorites/{kind}/{id:guid}", RemoveAsync).WithName("RemoveFavorite").WithSummary("Removes a favorite.").AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<Results<Ok<PagedResponse<FavoriteResponse>>, ValidationProblem>> ListAsync(string? page, string? pageSize,
        ClaimsPrincipal user, FavoritesService favorites, CancellationToken cancellationToken)
    {
        var request = PageRequest.Parse(page, pageSize, PagedResponses.DefaultPageSize, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        // A member keeps tens of favorites, not thousands: listed whole, each kind describing its own.
        var all = await favorites.ListAsync(user.UserId()!.Value, cancellationToken);
        var items = all.Skip(request.Skip).Take(request.PageSize)
            .Select(f => new FavoriteResponse(f.Kind, f.TargetId, f.Item.Title, f.Item.Url, f.AddedAtUtc)).ToList();
        return TypedResults.Ok(new PagedResponse<FavoriteResponse>(items, request.Page, request.PageSize, all.Count));
    }

    private static async Task<Results<NoContent, UseCaseProblem>> AddAsync(string kind, Guid id, ClaimsPrincipal user,
        FavoritesService favorites, IEnumerable<IFavoriteKind> kinds, CancellationToken cancellationToken)
    {
        if (BadKind(kind, kinds) is { } bad)
        {
            return bad;
        }
        return await favorites.AddAsync(user.UserId()!.Value, kind, id, cancellationToken)
            ? TypedResults.NoContent()
            : Result.NotFound($"There is no {kind} with that id.").ToProblem();
    }

    private static async Task<Results<NoContent, UseCaseProblem>> RemoveAsync(string kind, Guid id, ClaimsPrincipal user,
        FavoritesService favorites, IEnumerable<IFavoriteKind> kinds, CancellationToken cancellationToken)
    {
        if (BadKind(kind, kinds) is { } bad)
        {
            return bad;
        }
        await favorites.RemoveAsync(user.UserId()!.Value, kind, id, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>400 naming the kinds there are, for a kind nobody registered.</summary>
    private static UseCaseProblem? BadKind(string kind, IEnumerable<IFavoriteKind> kinds) =>
        kinds.Named(kind) is not null ? null
        : Result.Invalid(nameof(kind), $"Use {string.Join(" or ", kinds.OrderBy(k => k.Order).Select(k => k.Name))}.").ToProblem();
}

/// <param name="Kind">The kind of content: "workout", "article".</param>
public sealed record FavoriteResponse(string Kind, Guid Id, string Title, string Url, DateTime AddedAt);
