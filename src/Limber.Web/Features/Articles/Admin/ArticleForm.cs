using System.ComponentModel.DataAnnotations;
using Limber.Features.Memberships;

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

    [Display(Name = "Remove the featured image")]
    public bool RemoveImage { get; set; }

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
    };

    public SaveArticle.Input ToInput(SaveArticle.Action action) => new(
        Title, Slug, Excerpt, Body, CategoryIds, Visibility, CommentsEnabled,
        PublishAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
        Image, RemoveImage, action);
}
