using System.Text.RegularExpressions;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

/// <summary>
/// Creates or updates an article from the editor, and moves it between draft, scheduled and
/// published. Nothing is saved while a field needs fixing.
/// </summary>
public sealed partial class SaveArticle(AppDbContext db, MarkdownRenderer markdown, ImageStore images, PendingImages pending, PageCacheEvictions cache, TimeProvider clock)
{
    public static class Messages
    {
        public const string TitleRequired = "Give the article a title.";
        public const string TitleTooLong = "The title is at most 200 characters.";
        public const string SlugInvalid = "Use lower-case letters, digits and single hyphens, e.g. my-first-article.";
        public const string SlugTaken = "Another article already uses this slug. Choose a different one.";
        public const string ExcerptTooLong = "The excerpt is at most 500 characters.";
        public const string BodyTooLong = "The body is at most 200,000 characters.";
        public const string BodyRequiredToPublish = "Write the body before publishing.";
        public const string CategoryRequiredToPublish = "Choose at least one category before publishing.";
        public const string UnknownCategory = "One of the chosen categories no longer exists.";
    }

    public enum Action
    {
        Save,
        Publish,
        Unpublish,
    }

    /// <param name="Image">A newly chosen featured image: its <see cref="PendingImages"/> key; null keeps the current one.</param>
    /// <param name="ImageAlt">What the featured image shows; empty for a decorative image.</param>
    /// <param name="RemoveImage">No featured image after the save, whatever <paramref name="Image"/> says.</param>
    public sealed record Input(
        string Title,
        string? Slug,
        string? Excerpt,
        string? Body,
        IReadOnlyCollection<Guid> CategoryIds,
        Visibility Visibility,
        bool CommentsEnabled,
        DateTime? PublishAtUtc,
        string? Image,
        string? ImageAlt,
        bool RemoveImage,
        Action Action);

    /// <param name="id">The article to update, or null to create one.</param>
    /// <param name="authorId">Who is saving; becomes the author of a new article.</param>
    /// <returns>The saved article; not found when <paramref name="id"/> names none; else the fields to fix, keyed by <see cref="Input"/>'s names.</returns>
    public async Task<Result<Article>> HandleAsync(Guid? id, Input input, Guid? authorId, CancellationToken cancellationToken)
    {
        var article = id is null
            ? null
            : await db.Articles.Include(a => a.Categories).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (id is not null && article is null)
        {
            return Result.NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string>();
        var title = input.Title?.Trim() ?? "";
        var body = input.Body ?? "";
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(title) : input.Slug.Trim();
        var categories = await db.Categories.Where(c => input.CategoryIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var publishing = input.Action == Action.Publish || (input.Action == Action.Save && article?.Status == ArticleStatus.Published);

        Validate(errors, title, slug, input.Excerpt, body, publishing, categories.Count, input.CategoryIds.Count);
        if (!errors.ContainsKey(nameof(Input.Slug))
            && await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != (id ?? Guid.Empty), cancellationToken))
        {
            errors[nameof(Input.Slug)] = Messages.SlugTaken;
        }
        var alt = AltText.Clean(input.ImageAlt);
        if (alt?.Length > AltText.MaxLength)
        {
            errors[nameof(Input.ImageAlt)] = AltText.Messages.TooLong;
        }
        var chosen = input.RemoveImage ? null : ChosenImage(input.Image, article, errors);
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var newImage = chosen is null ? null : pending.Claim(chosen);
        if (chosen is not null && newImage is null)
        {
            // Claimed by a request a moment ago (the same form posted twice), or swept.
            return Result.Invalid(nameof(Input.Image), PendingImages.Messages.Gone);
        }

        article ??= db.Articles.Add(new Article { CreatedAtUtc = now, AuthorId = authorId }).Entity;
        article.Title = title;
        article.Slug = slug;
        article.BodyMarkdown = body;
        article.BodyHtml = markdown.ToSafeHtml(body);
        article.TeaserHtml = markdown.TeaserHtml(body);
        article.WordCount = MarkdownRenderer.CountWords(body);
        article.Excerpt = string.IsNullOrWhiteSpace(input.Excerpt) ? ExcerptFrom(article.TeaserHtml) : input.Excerpt.Trim();
        article.Visibility = input.Visibility;
        article.CommentsEnabled = input.CommentsEnabled;
        article.UpdatedAtUtc = now;
        article.Categories.Clear();
        article.Categories.AddRange(categories);
        var oldImage = article.FeaturedImagePath;
        if (newImage is not null || input.RemoveImage)
        {
            article.FeaturedImagePath = newImage;
        }
        article.FeaturedImageAlt = article.FeaturedImagePath is null ? null : alt;
        switch (input.Action)
        {
            case Action.Publish:
                article.Publish(now, input.PublishAtUtc);
                break;
            case Action.Unpublish:
                article.Unpublish();
                break;
            case Action.Save when article.Status == ArticleStatus.Published && input.PublishAtUtc is not null:
                article.Publish(now, input.PublishAtUtc);
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);
        if (oldImage != article.FeaturedImagePath)
        {
            images.Delete(oldImage);
        }
        return Result.Ok(article);
    }

    /// <summary>
    /// The pending key to claim for a newly chosen image, or null to keep the current one. A key that
    /// is malformed or gone is an error, except the key of the image this article already has: the
    /// same form posted twice (a double click) after the first post saved it.
    /// </summary>
    private string? ChosenImage(string? key, Article? article, Dictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(key) || PendingImages.Became(key, article?.FeaturedImagePath))
        {
            return null;
        }
        if (!pending.Exists(key))
        {
            errors[nameof(Input.Image)] = PendingImages.Messages.Gone;
            return null;
        }
        return key;
    }

    private static void Validate(Dictionary<string, string> errors, string title, string slug, string? excerpt, string body,
        bool publishing, int categoriesFound, int categoriesAsked)
    {
        if (title.Length == 0)
        {
            errors[nameof(Input.Title)] = Messages.TitleRequired;
        }
        else if (title.Length > Article.TitleMaxLength)
        {
            errors[nameof(Input.Title)] = Messages.TitleTooLong;
        }
        if (title.Length > 0 && (!Slugs.IsValid(slug) || slug.Length > Article.SlugMaxLength))
        {
            errors[nameof(Input.Slug)] = Messages.SlugInvalid;
        }
        if (excerpt?.Trim().Length > Article.ExcerptMaxLength)
        {
            errors[nameof(Input.Excerpt)] = Messages.ExcerptTooLong;
        }
        if (body.Length > Article.BodyMaxLength)
        {
            errors[nameof(Input.Body)] = Messages.BodyTooLong;
        }
        else if (publishing && string.IsNullOrWhiteSpace(body))
        {
            errors[nameof(Input.Body)] = Messages.BodyRequiredToPublish;
        }
        if (categoriesFound < categoriesAsked)
        {
            errors[nameof(Input.CategoryIds)] = Messages.UnknownCategory;
        }
        else if (publishing && categoriesFound == 0)
        {
            errors[nameof(Input.CategoryIds)] = Messages.CategoryRequiredToPublish;
        }
    }

    /// <summary>The first sentences of the teaser as plain text, for cards and feeds when the editor left the excerpt empty.</summary>
    internal static string ExcerptFrom(string html)
    {
        var text = Whitespace().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();
        if (text.Length <= 240)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', 240);
        return text[..(cut > 0 ? cut : 240)] + "…";
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
