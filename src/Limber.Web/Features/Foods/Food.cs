using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Foods;

/// <summary>
/// A food with its nutrients per 100 g and its household portions ("1 tbsp = 14.2 g"). Most come
/// from a source table (USDA SR28, FoodData Central, Open Food Facts) and are shared by everyone;
/// a member's own foods (<see cref="OwnerId"/>) are theirs alone. A missing nutrient is null, not
/// zero: the sources leave out what they did not measure.
/// </summary>
public sealed class Food
{
    public const int NameMaxLength = 300;
    public const int BrandMaxLength = 200;
    public const int SourceIdMaxLength = 40;

    /// <summary>The unit every form offers first, besides the food's portions.</summary>
    public const string GramsUnit = "g";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public FoodSource Source { get; set; }

    /// <summary>The source's own key (SR28's NDB_No "01001", an FDC id, a barcode): re-imports update the row it names.</summary>
    public string SourceId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Brand { get; set; }

    /// <summary>The source's food group ("Dairy and Egg Products"), when it has one.</summary>
    public string? Group { get; set; }

    /// <summary>Higher is more commonly eaten: search lists common foods first (the importers set it).</summary>
    public int Commonness { get; set; }

    /// <summary>The member whose private food this is; null for the shared table.</summary>
    public Guid? OwnerId { get; set; }

    public double? EnergyKcal { get; set; }

    public double? EnergyKj { get; set; }

    public double? Protein { get; set; }

    public double? Fat { get; set; }

    public double? SaturatedFat { get; set; }

    public double? Carbohydrate { get; set; }

    public double? Sugars { get; set; }

    public double? Fibre { get; set; }

    public double? SodiumMg { get; set; }

    public List<FoodPortion> Portions { get; set; } = [];

    public DateTime UpdatedAtUtc { get; set; }

    public NutritionalValues Per100Grams
    {
        get => new(EnergyKcal, EnergyKj, Protein, Fat, SaturatedFat, Carbohydrate, Sugars, Fibre, SodiumMg);
        set => (EnergyKcal, EnergyKj, Protein, Fat, SaturatedFat, Carbohydrate, Sugars, Fibre, SodiumMg) =
            (value.EnergyKcal, value.EnergyKj, value.Protein, value.Fat, value.SaturatedFat, value.Carbohydrate, value.Sugars, value.Fibre, value.SodiumMg);
    }

    /// <summary>Grams in one <paramref name="unit"/> as a form names it: 1 for <see cref="GramsUnit"/>, a portion's weight by its unit, or null for a unit this food does not have.</summary>
    public double? GramsIn(string? unit) =>
        unit == GramsUnit ? 1 : Portions.FirstOrDefault(p => p.Unit == unit && p.GramsEach > 0)?.GramsEach;

    /// <summary>The values in <paramref name="grams"/> of this food.</summary>
    public NutritionalValues In(double grams) => Per100Grams.Times(grams / 100);

    public string DisplayName => Brand is null ? Name : $"{Name} ({Brand})";
}

/// <summary>Where a food came from; with <see cref="Food.SourceId"/> it names the row an import updates.</summary>
public enum FoodSource
{
    Member,
    Sr28,
    Fdc,
    OpenFoodFacts,
}

/// <summary>A household measure of a food: <see cref="Amount"/> <see cref="Unit"/> weighs <see cref="Grams"/>.</summary>
public sealed class FoodPortion
{
    public double Amount { get; set; } = 1;

    /// <summary>"tbsp", "cup, chopped", "large": the words after the amount.</summary>
    public string Unit { get; set; } = "";

    public double Grams { get; set; }

    /// <summary>Grams in one <see cref="Unit"/>.</summary>
    public double GramsEach => Amount > 0 ? Grams / Amount : Grams;

    public string Label => $"{Quantities.Format(Amount)} {Unit} ({Quantities.Format(Grams)} g)";
}

public sealed class FoodConfiguration : IEntityTypeConfiguration<Food>
{
    public void Configure(EntityTypeBuilder<Food> builder)
    {
        builder.Property(f => f.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.SourceId).HasMaxLength(Food.SourceIdMaxLength);
        builder.Property(f => f.Name).HasMaxLength(Food.NameMaxLength);
        builder.Property(f => f.Brand).HasMaxLength(Food.BrandMaxLength);
        builder.Property(f => f.Group).HasMaxLength(100);
        builder.HasIndex(f => new { f.Source, f.SourceId }).IsUnique();
        builder.HasIndex(f => f.OwnerId);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(f => f.Per100Grams);
        // A food's portions are read and written with it, never alone: one JSON column, no join.
        builder.OwnsMany(f => f.Portions, p =>
        {
            p.ToJson();
            p.Property(x => x.Unit).HasMaxLength(120);
        });
    }
}
