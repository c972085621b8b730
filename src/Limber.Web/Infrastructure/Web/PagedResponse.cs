using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Web;

/// <summary>The API's one list shape (design.md): <c>{ "items": [...], "page": 1, "pageSize": 20, "total": 57 }</c>.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public static class PagedResponses
{
    public const int DefaultPageSize = 20;

    /// <summary>An API list endpoint's answer: the page asked for by the raw <c>?page=&amp;pageSize=</c>, or 400 naming the bad one.</summary>
    public static async Task<Results<Ok<PagedResponse<T>>, ValidationProblem>> ToPageResultAsync<T>(this IQueryable<T> ordered,
        string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var request = PageRequest.Parse(page, pageSize, DefaultPageSize, out var errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await ordered.ToPagedResponseAsync(request, cancellationToken));
    }

    /// <summary>The requested page of an ordered query, and how many rows it has in all: two plain queries.</summary>
    public static async Task<PagedResponse<T>> ToPagedResponseAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(request.Skip).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResponse<T>(items, request.Page, request.PageSize, total);
    }
}
