using Limber.Features.Articles;

namespace Limber.Features.Categories;

/// <summary>A topic articles are filed under (Fitness, Health, ...); an article has one or more.</summary>
public sealed class Category
{
    public const int NameMaxLength = 50;
    public const int SlugMaxLength = 191;
    public const int DescriptionMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<Article> Articles { get; init; } = [];
}
