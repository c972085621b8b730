using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Memberships;

/// <summary>
/// A plan members can be on: Free, and Premium with a monthly and a yearly price. Money is whole
/// minor units (cents) with an ISO 4217 currency; more tiers can be added later.
/// </summary>
public sealed class Tier
{
    public static readonly Guid FreeId = new("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid PremiumId = new("0193a000-0000-7000-8000-000000000002");

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>One benefit a line, shown as a checklist on the join page.</summary>
    public string Benefits { get; set; } = "";

    public bool IsPaid { get; set; }

    public bool Active { get; set; } = true;

    public long MonthlyPriceMinor { get; set; }

    public long YearlyPriceMinor { get; set; }

    public string Currency { get; set; } = "EUR";

    /// <summary>The matching Stripe price ids, when Stripe is connected.</summary>
    public string? StripeMonthlyPriceId { get; set; }

    public string? StripeYearlyPriceId { get; set; }

    public IEnumerable<string> BenefitList => Benefits.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public long PriceFor(BillingInterval interval) => interval == BillingInterval.Year ? YearlyPriceMinor : MonthlyPriceMinor;

    public static string Format(long minor, string currency)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-IE");
        var amount = minor / 100m;
        var symbol = currency switch { "EUR" => "€", "USD" => "$", "GBP" => "£", _ => currency + " " };
        return symbol + (amount % 1 == 0 ? amount.ToString("0", culture) : amount.ToString("0.00", culture));
    }
}

public enum BillingInterval
{
    Month,
    Year,
}

public sealed class TierConfiguration : IEntityTypeConfiguration<Tier>
{
    public void Configure(EntityTypeBuilder<Tier> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(50).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(50).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(500).IsRequired();
        builder.Property(t => t.Benefits).HasMaxLength(2000).IsRequired();
        builder.Property(t => t.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(t => t.StripeMonthlyPriceId).HasMaxLength(100);
        builder.Property(t => t.StripeYearlyPriceId).HasMaxLength(100);
        builder.Ignore(t => t.BenefitList);
        builder.HasData(
            new Tier
            {
                Id = Tier.FreeId,
                Slug = "free",
                Name = "Free",
                Description = "Join the community.",
                Benefits = "Comment on articles and reply to other members\nYour own profile picture\nNotifications when someone replies to you\nA personal list of favourite workouts",
            },
            new Tier
            {
                Id = Tier.PremiumId,
                Slug = "premium",
                Name = "Premium",
                Description = "Fitness. Simplified. Get in the best shape of your life, in just 20 minutes a day.",
                Benefits = "Everything in the free account\nPremium, specialised workouts\nRecipes and workout schedules\nThe food journal",
                IsPaid = true,
                MonthlyPriceMinor = 900,
                YearlyPriceMinor = 9000,
                Currency = "EUR",
            });
    }
}
