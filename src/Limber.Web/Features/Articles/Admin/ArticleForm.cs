using System.ComponentModel.DataAnnotations;
using Limber.Features.Memberships;
using Limber.Infrastructure.Media;

namespace Limber.Features.Articles.Admin;

/// <summary>What the article editor posts; the rules live in <see cref="SaveArticle"/>.</summary>
public sealed class ArticleForm
{
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Display(Name = "Slug")]
    public string? Slug { get; set; }

    [Display(Name = "Excerpt")]
    public string? Excerpt { get; set; }

    [Display(Name = "Body (Markdown)")]
    public string? Body { get; set; }

    [Display(Name = "Categories")]
    public List<Guid> CategoryIds { get; set; } = [];

    [Display(Name = "Visibility")]
    public Visibility Visibility { get; set; } = Visibility.Public;

    [Display(Name = "Allow comments")]
    public bool CommentsEnabled { get; set; } = true;

    [Display(Name = "Publish at (UTC)")]
    [DataType(DataType.DateTime)]
    public DateTime? PublishAt { get; set; }

    [Display(Name = "Featured image")]
    public IFormFile? Image { get; set; }

    /// <summary>The featured image chosen by an earlier post of this form (a preview, a refused save): its <see cref="PendingImages"/> key.</summary>
    public string? PendingImage { get; set; }

    [Display(Name = "Image description (alt text)")]
    public string? ImageAlt { get; set; }

    [Display(Name = "Remove the featured image")]
    public bool RemoveImage { get; set; }

    [Display(Name = "Picture to insert")]
    public IFormFile? BodyImage { get; set; }

    [Display(Name = "Picture description (alt text)")]
    public string? BodyImageAlt { get; set; }

    /// <summary>Where the cursor was in the body when "Insert image" was pressed (set by the editor's script); the end without it.</summary>
    public string? InsertAt { get; set; }

    public static ArticleForm From(Article article) => new()
    {
        Title = article.Title,
        Slug = article.Slug,
        Excerpt = article.Excerpt,
        Body = article.BodyMarkdown,
        CategoryIds = [.. article.Categories.Select(c => c.Id)],
        Visibility = article.Visibility,
        CommentsEnabled = article.CommentsEnabled,
        PublishAt = article.PublishedAtUtc,
        ImageAlt = article.FeaturedImageAlt,
    };

    public SaveArticle.Input ToInput(SaveArticle.Action action) => new(
        Title, Slug, Excerpt, Body, CategoryIds, Visibility, CommentsEnabled,
        PublishAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
        PendingImage, ImageAlt, RemoveImage, action);
}
