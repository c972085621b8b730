using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>
/// <c>/back-care</c>: for a member, today's pain check-in, the latest sessions, this week's minutes
/// and postural workouts (weeks start on Monday, on their clock), a short trend and the tools; for a
/// visitor, what the tools do and the way to a free account.
/// </summary>
public sealed class IndexModel(InsightsReader reader, BackCareSettingsReader settings, AppDbContext db) : PageModel
{
    private const int SessionsShown = 5;

    public BackCareSettings Settings { get; private set; } = new();

    /// <summary>The last two weeks: today's scores, this week's totals and the trend; null for a visitor.</summary>
    public PainInsights? Recent { get; private set; }

    public List<InversionSession> LatestSessions { get; private set; } = [];

    public int MinutesThisWeek { get; private set; }

    public int PosturalThisWeek { get; private set; }

    public (double? LastWeek, double? WeekBefore) Trend { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Settings = await settings.GetAsync(cancellationToken);
        if (User.UserId() is not { } me)
        {
            return;
        }
        Recent = await reader.LoadAsync(me, weeks: 2, cancellationToken);
        var monday = PainInsights.WeekStart(Recent.LastDate);
        var thisWeek = Recent.Days.Where(d => d.Date >= monday).ToList();
        MinutesThisWeek = thisWeek.Sum(d => d.InversionMinutes);
        PosturalThisWeek = thisWeek.Sum(d => d.PosturalWorkouts);
        Trend = Recent.Trend(PainArea.LowerBack);
        LatestSessions = await db.InversionSessions.AsNoTracking().OwnedBy(me).OrderByDescending(s => s.StartedAtUtc).Take(SessionsShown)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The trend in words: "3.1 over the last 7 days, against 4.0 the 7 days before".</summary>
    public string TrendText => Trend switch
    {
        ({ } last, { } before) => $"Lower back: {PainInsights.Format(last)} on average over the last 7 days, against {PainInsights.Format(before)} the 7 days before.",
        ({ } last, null) => $"Lower back: {PainInsights.Format(last)} on average over the last 7 days; nothing logged the 7 days before.",
        (null, { } before) => $"Lower back: nothing logged in the last 7 days; {PainInsights.Format(before)} on average the 7 days before.",
        _ => "No lower-back scores in the last two weeks yet.",
    };
}
