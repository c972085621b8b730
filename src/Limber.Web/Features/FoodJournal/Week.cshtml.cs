using Limber.Features.Accounts;
using Limber.Features.Foods;
using Limber.Features.Memberships;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Limber.Features.FoodJournal;

/// <summary>
/// <c>/journal/week/{yyyy-MM-dd}</c> (default this week): the week from Monday, energy and protein per
/// day against the goals as charts with a table of the same numbers; <c>?handler=Csv&amp;from=&amp;to=</c>
/// is "Download CSV" of the entries (default the week shown, at most a year).
/// </summary>
[Authorize]
public sealed class WeekModel(MemberAccess access, JournalDays days, MemberDates dates) : JournalPageModel(access)
{
    public const string RangeInvalid = "Give two days, the first not after the second, at most a year apart.";

    public DateOnly Monday { get; private set; }

    public DateOnly Today { get; private set; }

    public List<DateOnly> Days { get; private set; } = [];

    public Dictionary<DateOnly, NutritionalValues> Totals { get; private set; } = [];

    public NutritionGoals? Goals { get; private set; }

    public WeekChart Energy { get; private set; } = null!;

    public WeekChart Protein { get; private set; } = null!;

    public NutritionalValues Of(DateOnly day) => Totals.GetValueOrDefault(day, NutritionalValues.Zero);

    public async Task<IActionResult> OnGetAsync(string? date, CancellationToken cancellationToken) =>
        await LoadAsync(date, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(string? date, string? from, string? to, [FromServices] JournalCsv csv, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return NotFound();
        }
        var first = Monday;
        var last = Monday.AddDays(6);
        if ((from is not null && !JournalDays.TryParseDay(from, out first)) || (to is not null && !JournalDays.TryParseDay(to, out last))
            || last < first || last.DayNumber - first.DayNumber >= JournalCsv.MaxDays)
        {
            ModelState.AddModelError("", RangeInvalid);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return File(await csv.WriteAsync(Me, first, last, cancellationToken), "text/csv; charset=utf-8", JournalCsv.FileName(first, last));
    }

    private async Task<bool> LoadAsync(string? date, CancellationToken cancellationToken)
    {
        Today = Times.Today(dates.UtcNow, await dates.ZoneAsync(Me, cancellationToken));
        var day = Today;
        if (date is not null && (!JournalDays.TryParseDay(date, out day) || !JournalRules.IsDay(day, Today)))
        {
            return false;
        }
        Monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        Days = [.. Enumerable.Range(0, 7).Select(Monday.AddDays)];
        Totals = await days.TotalsAsync(Me, Monday, Days[^1], cancellationToken);
        Goals = await days.GoalsAsync(Me, cancellationToken);
        Energy = new WeekChart(Days, [.. Days.Select(d => Of(d).EnergyKcal ?? 0)], Goals?.EnergyKcal);
        Protein = new WeekChart(Days, [.. Days.Select(d => Of(d).Protein ?? 0)], Goals?.Protein);
        return true;
    }
}
