using Limber.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.BackCare;

/// <summary>
/// <c>/back-care/insights?weeks=4|12|52</c>: pain per area against inversion minutes and postural
/// workouts, day by day on the member's clock: the summary, the chart and its table; and
/// <c>?handler=Csv</c>, "Download CSV" of every session and pain entry.
/// </summary>
[Authorize]
public sealed class InsightsModel(InsightsReader reader, BackCareSettingsReader settings) : PageModel
{
    public PainInsights Insights { get; private set; } = null!;

    public InsightsChart Chart { get; private set; } = null!;

    public BackCareSettings Settings { get; private set; } = new();

    /// <summary>An unknown choice of weeks shows the default.</summary>
    public async Task OnGetAsync(int? weeks, CancellationToken cancellationToken)
    {
        Settings = await settings.GetAsync(cancellationToken);
        Insights = await reader.LoadAsync(User.UserId()!.Value, InsightsReader.Weeks(weeks) ?? PainInsights.DefaultWeeks, cancellationToken);
        Chart = new InsightsChart(Insights);
    }

    public async Task<IActionResult> OnGetCsvAsync([FromServices] InsightsCsv csv, CancellationToken cancellationToken) =>
        File(await csv.WriteAsync(User.UserId()!.Value, cancellationToken), "text/csv; charset=utf-8", InsightsCsv.FileName);
}
