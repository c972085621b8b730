using Limber.Features.Foods;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.FoodJournal;

/// <summary>
/// One thing a member ate on a day of theirs (their clock), in a meal: a food by weight or portion, a
/// recipe by servings, or a quick entry (a name and its energy). The name and the nutrients are a
/// snapshot taken when it was logged, so a day's totals are one SUM and history stays as it was when a
/// food is re-imported or a recipe edited.
/// </summary>
public sealed class JournalEntry : IOwnedByMember
{
    public const int NameMaxLength = 510;
    public const int UnitMaxLength = 120;
    public const string GramsUnit = Food.GramsUnit;
    public const string ServingUnit = "serving";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    /// <summary>The member's calendar day (their time zone when they logged it).</summary>
    public DateOnly Date { get; set; }

    public Meal Meal { get; set; }

    public EntryKind Kind { get; init; }

    /// <summary>The food logged; null for a recipe or quick entry, and once the food is gone from the table.</summary>
    public Guid? FoodId { get; init; }

    /// <summary>The recipe logged (Recipes' id; no foreign key: the journal never reads recipe tables).</summary>
    public Guid? RecipeId { get; init; }

    public string Name { get; set; } = "";

    /// <summary>How much, in <see cref="Unit"/>: 150 g, 2 tbsp, 1.5 serving.</summary>
    public double Amount { get; set; }

    /// <summary>"g", one of the food's portion units, or "serving" (recipes and quick entries).</summary>
    public string Unit { get; set; } = GramsUnit;

    /// <summary>The weight eaten, for a food; null for a recipe or quick entry.</summary>
    public double? Grams { get; set; }

    public double? EnergyKcal { get; set; }

    public double? EnergyKj { get; set; }

    public double? Protein { get; set; }

    public double? Fat { get; set; }

    public double? SaturatedFat { get; set; }

    public double? Carbohydrate { get; set; }

    public double? Sugars { get; set; }

    public double? Fibre { get; set; }

    public double? SodiumMg { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>What this entry holds (not per 100 g: the whole amount eaten).</summary>
    public NutritionalValues Values
    {
        get => new(EnergyKcal, EnergyKj, Protein, Fat, SaturatedFat, Carbohydrate, Sugars, Fibre, SodiumMg);
        set => (EnergyKcal, EnergyKj, Protein, Fat, SaturatedFat, Carbohydrate, Sugars, Fibre, SodiumMg) =
            (value.EnergyKcal, value.EnergyKj, value.Protein, value.Fat, value.SaturatedFat, value.Carbohydrate, value.Sugars, value.Fibre, value.SodiumMg);
    }

    /// <summary>A copy on another day (copy a previous day): same food, amount and meal, a new id.</summary>
    public JournalEntry CopyTo(DateOnly date, DateTime nowUtc) => new()
    {
        MemberId = MemberId,
        Date = date,
        Meal = Meal,
        Kind = Kind,
        FoodId = FoodId,
        RecipeId = RecipeId,
        Name = Name,
        Amount = Amount,
        Unit = Unit,
        Grams = Grams,
        Values = Values,
        CreatedAtUtc = nowUtc,
    };
}

public enum Meal
{
    Breakfast,
    Lunch,
    Dinner,
    Snack,
}

public enum EntryKind
{
    Food,
    Recipe,
    Quick,
}

/// <summary>A member's daily targets; any may be empty (no goal). One row per member.</summary>
public sealed class NutritionGoals : IOwnedByMember
{
    public Guid MemberId { get; init; }

    public double? EnergyKcal { get; set; }

    public double? Protein { get; set; }

    public double? Carbohydrate { get; set; }

    public double? Fat { get; set; }

    public double? Fibre { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

public sealed class FoodJournalConfigurations : IEntityTypeConfiguration<JournalEntry>, IEntityTypeConfiguration<NutritionGoals>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Food>().WithMany().HasForeignKey(e => e.FoodId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(e => e.Meal).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Name).HasMaxLength(JournalEntry.NameMaxLength);
        builder.Property(e => e.Unit).HasMaxLength(JournalEntry.UnitMaxLength);
        builder.HasIndex(e => new { e.MemberId, e.Date });
        // "Recent foods" reads the newest entries on every journal page: without this it sorted all of a member's entries (1.7 ms for two years).
        builder.HasIndex(e => new { e.MemberId, e.CreatedAtUtc });
        builder.Ignore(e => e.Values);
    }

    public void Configure(EntityTypeBuilder<NutritionGoals> builder)
    {
        builder.HasKey(g => g.MemberId);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(g => g.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
