using Limber.Features.Accounts;
using Limber.Features.Categories;
using Limber.Features.Memberships;

namespace Limber.Features.Articles;

/// <summary>A piece of writing on the site. Body is Markdown; the sanitized HTML is rendered on save.</summary>
public sealed class Article
{
    public const int TitleMaxLength = 200;
    public const int SlugMaxLength = 191;
    public const int ExcerptMaxLength = 500;
    public const int BodyMaxLength = 200_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Excerpt { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    /// <summary>Sanitized HTML of the whole body, rendered from <see cref="BodyMarkdown"/> on save.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Sanitized HTML of the part before <c>&lt;!--more--&gt;</c> (or the first paragraphs): what readers without access see.</summary>
    public string TeaserHtml { get; set; } = "";

    public int WordCount { get; set; }

    /// <summary>Relative path under the uploads folder, e.g. <c>images/0193....jpg</c>.</summary>
    public string? FeaturedImagePath { get; set; }

    /// <summary>What the featured image shows, for readers who cannot see it; null means decorative (<c>alt=""</c>).</summary>
    public string? FeaturedImageAlt { get; set; }

    public Guid? AuthorId { get; set; }

    public AppUser? Author { get; set; }

    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;

    /// <summary>When the article goes (or went) live. Set when it is published.</summary>
    public DateTime? PublishedAtUtc { get; private set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    public bool CommentsEnabled { get; set; } = true;

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<Category> Categories { get; init; } = [];

    /// <summary>Publishes now, or at <paramref name="at"/> when that is in the future (scheduled).</summary>
    public void Publish(DateTime nowUtc, DateTime? at = null)
    {
        Status = ArticleStatus.Published;
        PublishedAtUtc = at ?? PublishedAtUtc ?? nowUtc;
    }

    /// <summary>Back to draft; the publish time is kept so republishing keeps the original date.</summary>
    public void Unpublish() => Status = ArticleStatus.Draft;

    public ArticleState StateAt(DateTime nowUtc) => StateOf(Status, PublishedAtUtc, nowUtc);

    public static ArticleState StateOf(ArticleStatus status, DateTime? publishedAtUtc, DateTime nowUtc) => status switch
    {
        ArticleStatus.Published when publishedAtUtc <= nowUtc => ArticleState.Published,
        ArticleStatus.Published => ArticleState.Scheduled,
        _ => ArticleState.Draft,
    };
}
