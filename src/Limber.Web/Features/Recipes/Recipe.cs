using Limber.Features.Foods;
using Limber.Features.Memberships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Recipes;

/// <summary>
/// A recipe: ingredients linked to foods, so its nutrition per serving is computed from the food
/// table (<see cref="RecipeNutrition"/>), never typed; steps as plain text, one per entry. Most are
/// premium: readers without access see the title, photo, summary and nutrition, not how to cook it.
/// </summary>
public sealed class Recipe
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;
    public const int StepMaxLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Relative path under uploads, re-encoded on upload.</summary>
    public string? PhotoPath { get; set; }

    /// <summary>What the photo shows; null for a decorative one (<c>alt=""</c>).</summary>
    public string? PhotoAlt { get; set; }

    public int Servings { get; set; } = 2;

    public int PrepMinutes { get; set; }

    public int CookMinutes { get; set; }

    /// <summary>Comma-separated, lower case: "breakfast,high protein,vegetarian".</summary>
    public string Tags { get; set; } = "";

    public Visibility Visibility { get; set; } = Visibility.Premium;

    public bool Published { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public bool CommentsEnabled { get; set; } = true;

    public List<string> Steps { get; set; } = [];

    public List<RecipeIngredient> Ingredients { get; init; } = [];

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; set; }

    public int TotalMinutes => PrepMinutes + CookMinutes;

    public IEnumerable<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// One ingredient line as the editor wrote it ("2 tbsp olive oil"), read into an amount, a unit and
/// a name, and linked to a food with its weight in grams. A line the editor has not linked (or not
/// yet confirmed) counts for nothing in the nutrition, and the recipe says so.
/// </summary>
public sealed class RecipeIngredient
{
    public const int LineMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RecipeId { get; set; }

    public int Position { get; set; }

    /// <summary>The line as typed.</summary>
    public string Line { get; set; } = "";

    /// <summary>The amount read from the line; null for "salt, to taste".</summary>
    public double? Quantity { get; set; }

    /// <summary>The unit as written ("tbsp", "g", "large"); null when the amount is a count ("2 eggs").</summary>
    public string? Unit { get; set; }

    /// <summary>The rest of the line: what the ingredient is.</summary>
    public string Name { get; set; } = "";

    public Guid? FoodId { get; set; }

    public Food? Food { get; set; }

    /// <summary>The weight of the ingredient for the recipe's servings.</summary>
    public double? Grams { get; set; }

    public IngredientLink Link { get; set; }

    public bool CountsInNutrition => Link == IngredientLink.Linked && Food is not null && Grams > 0;
}

/// <summary>How far an ingredient is tied to the food table.</summary>
public enum IngredientLink
{
    /// <summary>No food: nutrition excludes it.</summary>
    None,

    /// <summary>Matched automatically from the line; the editor has yet to confirm it, and until then it is excluded.</summary>
    Suggested,

    /// <summary>Confirmed by the editor: counted.</summary>
    Linked,
}

public sealed class RecipeConfiguration : IEntityTypeConfiguration<Recipe>, IEntityTypeConfiguration<RecipeIngredient>
{
    public void Configure(EntityTypeBuilder<Recipe> builder)
    {
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Slug).HasMaxLength(191);
        builder.Property(r => r.Title).HasMaxLength(Recipe.TitleMaxLength);
        builder.Property(r => r.Summary).HasMaxLength(Recipe.SummaryMaxLength);
        builder.Property(r => r.PhotoPath).HasMaxLength(300);
        builder.Property(r => r.PhotoAlt).HasMaxLength(Infrastructure.Media.AltText.MaxLength);
        builder.Property(r => r.Tags).HasMaxLength(300);
        builder.Property(r => r.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(r => r.Ingredients).WithOne().HasForeignKey(i => i.RecipeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Published, r.PublishedAtUtc });
        builder.Ignore(r => r.TotalMinutes);
        builder.Ignore(r => r.TagList);
    }

    public void Configure(EntityTypeBuilder<RecipeIngredient> builder)
    {
        builder.Property(i => i.Line).HasMaxLength(RecipeIngredient.LineMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(60);
        builder.Property(i => i.Name).HasMaxLength(RecipeIngredient.LineMaxLength);
        builder.Property(i => i.Link).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(i => i.Food).WithMany().HasForeignKey(i => i.FoodId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.RecipeId, i.Position });
        builder.Ignore(i => i.CountsInNutrition);
    }
}
