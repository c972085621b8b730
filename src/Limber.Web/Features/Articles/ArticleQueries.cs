using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

/// <summary>Named reads of articles, shared by pages, the API and the feed.</summary>
public static class ArticleQueries
{
    /// <summary>Published and with a publish time that has come.</summary>
    public static IQueryable<Article> Live(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc <= nowUtc);

    public static IQueryable<Article> Newest(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id);

    public static IQueryable<Article> InCategory(this IQueryable<Article> articles, string categorySlug) =>
        articles.Where(a => a.Categories.Any(c => c.Slug == categorySlug));

    public static IQueryable<ArticleCard> ToCards(this IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(
            a.Id,
            a.Slug,
            a.Title,
            a.Excerpt,
            a.PublishedAtUtc ?? a.CreatedAtUtc,
            a.Visibility,
            a.FeaturedImagePath,
            a.FeaturedImageAlt,
            a.Author == null ? null : a.Author.ShowNamePublicly ? a.Author.DisplayName : AppUser.PrivateName,
            a.WordCount,
            a.Categories.OrderBy(c => c.Name).Select(c => new CategoryLink(c.Slug, c.Name)).ToList()));

    public static async Task<Paged<ArticleCard>> PageOfCardsAsync(
        this IQueryable<Article> articles, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await articles.CountAsync(cancellationToken);
        var items = await articles.Newest().Skip(page.Skip).Take(page.PageSize).ToCards()
            .AsSplitQuery().ToListAsync(cancellationToken);
        return new Paged<ArticleCard>(items, page.Page, page.PageSize, total);
    }
}

/// <summary>What a list, a card or a feed entry shows of an article.</summary>
public sealed record ArticleCard(
    Guid Id,
    string Slug,
    string Title,
    string Excerpt,
    DateTime PublishedAtUtc,
    Visibility Visibility,
    string? FeaturedImagePath,
    string? FeaturedImageAlt,
    string? AuthorName,
    int WordCount,
    IReadOnlyList<CategoryLink> Categories)
{
    public int ReadingMinutes => MinutesFor(WordCount);

    /// <summary>Reading time at about 230 words a minute, at least one.</summary>
    public static int MinutesFor(int words) => Math.Max(1, (int)Math.Round(words / 230.0));
}

public sealed record CategoryLink(string Slug, string Name);
