using System.Security.Claims;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

/// <summary>Read-only JSON for live articles: <c>/api/v1/articles</c>.</summary>
public static class ArticlesApi
{
    public const int DefaultPageSize = 20;

    public static void MapArticlesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/articles").WithTags("Articles");

        api.MapGet("/", ListAsync)
            .WithName("ListArticles")
            .WithSummary("Lists live articles, newest first.")
            .WithDescription("Paged with ?page= (from 1) and ?pageSize= (1 to 100, default 20).");

        api.MapGet("/{slug}", GetAsync)
            .WithName("GetArticle")
            .WithSummary("Gets one live article with its rendered body.")
            .WithDescription("The body is the full article when the caller may read it, otherwise its teaser (see bodyIsTeaser).");
    }

    private static async Task<Results<Ok<PagedResponse<ArticleSummaryResponse>>, ValidationProblem>> ListAsync(
        string? page, string? pageSize, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = PageRequest.Parse(page, pageSize, DefaultPageSize, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var cards = await db.Articles.AsNoTracking().Live(clock.GetUtcNow().UtcDateTime).PageOfCardsAsync(request, cancellationToken);
        return TypedResults.Ok(new PagedResponse<ArticleSummaryResponse>(
            [.. cards.Items.Select(ArticleSummaryResponse.From)], cards.Page, cards.PageSize, cards.Total));
    }

    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetAsync(
        string slug, ClaimsPrincipal user, AppDbContext db, MemberAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var live = db.Articles.AsNoTracking().Live(clock.GetUtcNow().UtcDateTime).Where(a => a.Slug == slug);
        var card = await live.ToCards().AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        var article = card is null ? null : await live
            .Select(a => new { a.BodyHtml, a.TeaserHtml, a.UpdatedAtUtc })
            .SingleAsync(cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem(
                detail: $"There is no published article with the slug '{slug}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found");
        }
        var full = await access.CanReadAsync(user, card!.Visibility, cancellationToken);
        var summary = ArticleSummaryResponse.From(card);
        return TypedResults.Ok(new ArticleResponse(summary.Slug, summary.Title, summary.Excerpt, summary.Categories,
            summary.Visibility, summary.PublishedAt, summary.Url, summary.FeaturedImageUrl, card.AuthorName,
            article.UpdatedAtUtc, full ? article.BodyHtml : article.TeaserHtml, !full));
    }
}

public sealed record CategoryResponse(string Slug, string Name);

public sealed record ArticleSummaryResponse(
    string Slug,
    string Title,
    string Excerpt,
    IReadOnlyList<CategoryResponse> Categories,
    Visibility Visibility,
    DateTime PublishedAt,
    string Url,
    string? FeaturedImageUrl)
{
    public static ArticleSummaryResponse From(ArticleCard card) => new(
        card.Slug,
        card.Title,
        card.Excerpt,
        [.. card.Categories.Select(c => new CategoryResponse(c.Slug, c.Name))],
        card.Visibility,
        card.PublishedAtUtc,
        SiteUrls.Article(card.Slug),
        card.FeaturedImagePath is null ? null : SiteUrls.Upload(card.FeaturedImagePath));
}

public sealed record ArticleResponse(
    string Slug,
    string Title,
    string Excerpt,
    IReadOnlyList<CategoryResponse> Categories,
    Visibility Visibility,
    DateTime PublishedAt,
    string Url,
    string? FeaturedImageUrl,
    string? Author,
    DateTime UpdatedAt,
    string BodyHtml,
    bool BodyIsTeaser);
