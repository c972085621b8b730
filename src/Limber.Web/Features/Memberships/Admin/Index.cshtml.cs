using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Memberships.Admin;

/// <summary><c>/admin/membership</c>: Premium's name, benefits and prices, and the numbers of the business. Admins only.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<Infrastructure.Payments.PaymentsOptions> payments) : PageModel
{
    [BindProperty]
    public TierForm Input { get; set; } = new();

    public MembershipStats Stats { get; private set; } = null!;

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = TierForm.From(await db.Tiers.AsNoTracking().SingleAsync(t => t.Id == Tier.PremiumId, cancellationToken));
        Stats = await MembershipStats.ComputeAsync(db, clock.GetUtcNow().UtcDateTime, TimeSpan.FromDays(payments.Value.GraceDays), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var monthly = ParseMoney(Input.MonthlyPrice, nameof(Input.MonthlyPrice));
        var yearly = ParseMoney(Input.YearlyPrice, nameof(Input.YearlyPrice));
        var currency = Input.Currency?.Trim().ToUpperInvariant() ?? "";
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Currency)}", "Use a three-letter ISO currency code such as EUR, USD or GBP.");
        }
        if (!ModelState.IsValid)
        {
            Stats = await MembershipStats.ComputeAsync(db, clock.GetUtcNow().UtcDateTime, TimeSpan.FromDays(payments.Value.GraceDays), cancellationToken);
            return Page();
        }
        var tier = await db.Tiers.SingleAsync(t => t.Id == Tier.PremiumId, cancellationToken);
        tier.Name = Input.Name!.Trim();
        tier.Description = Input.Description?.Trim() ?? "";
        tier.Benefits = (Input.Benefits ?? "").Replace("\r", "").Trim();
        tier.MonthlyPriceMinor = monthly;
        tier.YearlyPriceMinor = yearly;
        tier.Currency = currency;
        tier.Active = Input.Active;
        tier.StripeMonthlyPriceId = string.IsNullOrWhiteSpace(Input.StripeMonthlyPriceId) ? null : Input.StripeMonthlyPriceId.Trim();
        tier.StripeYearlyPriceId = string.IsNullOrWhiteSpace(Input.StripeYearlyPriceId) ? null : Input.StripeYearlyPriceId.Trim();
        await db.SaveChangesAsync(cancellationToken);
        Flash = "Premium saved.";
        return RedirectToPage();
    }

    /// <summary>"9", "9.5" or "9,50" as 900 / 950 minor units; anything else is a field error.</summary>
    private long ParseMoney(string? text, string field)
    {
        var normalized = (text ?? "").Trim().Replace(',', '.');
        if (decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount is > 0 and < 100_000 && decimal.Round(amount, 2) == amount)
        {
            return (long)(amount * 100);
        }
        ModelState.AddModelError($"{nameof(Input)}.{field}", "Enter a price such as 9 or 9.50.");
        return 0;
    }

    public sealed class TierForm
    {
        [Display(Name = "Name")]
        [Required(ErrorMessage = "Give the plan a name.")]
        [StringLength(50, ErrorMessage = "At most 50 characters.")]
        public string? Name { get; set; }

        [Display(Name = "Description")]
        [StringLength(500, ErrorMessage = "At most 500 characters.")]
        public string? Description { get; set; }

        [Display(Name = "Benefits (one a line)")]
        [StringLength(2000, ErrorMessage = "At most 2,000 characters.")]
        public string? Benefits { get; set; }

        [Display(Name = "Monthly price")]
        public string? MonthlyPrice { get; set; }

        [Display(Name = "Yearly price")]
        public string? YearlyPrice { get; set; }

        [Display(Name = "Currency")]
        public string? Currency { get; set; }

        [Display(Name = "Open for new members")]
        public bool Active { get; set; }

        [Display(Name = "Stripe monthly price id")]
        public string? StripeMonthlyPriceId { get; set; }

        [Display(Name = "Stripe yearly price id")]
        public string? StripeYearlyPriceId { get; set; }

        public static TierForm From(Tier t) => new()
        {
            Name = t.Name,
            Description = t.Description,
            Benefits = t.Benefits,
            MonthlyPrice = (t.MonthlyPriceMinor / 100m).ToString("0.00", CultureInfo.InvariantCulture),
            YearlyPrice = (t.YearlyPriceMinor / 100m).ToString("0.00", CultureInfo.InvariantCulture),
            Currency = t.Currency,
            Active = t.Active,
            StripeMonthlyPriceId = t.StripeMonthlyPriceId,
            StripeYearlyPriceId = t.StripeYearlyPriceId,
        };
    }
}
