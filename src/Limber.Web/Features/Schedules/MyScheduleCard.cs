using System.Security.Claims;
using Limber.Features.Accounts;

namespace Limber.Features.Schedules;

/// <summary>The account overview's schedule card: today's plan and progress, or where to find a schedule.</summary>
public sealed class MyScheduleCard(MyScheduleViews views) : IAccountOverviewCard
{
    public int Order => 25;

    public async Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        if (await views.CurrentAsync(member, cancellationToken) is not { } view)
        {
            return new AccountCard("My schedule", null, [new("Follow a multi-week plan, a workout a day."), new("Browse schedules", "/schedules")],
                "My schedule", "/me/schedule");
        }
        var today = view.Enrolment.IsPaused ? "Paused" : view.Finished ? "Finished" : view.TodayDay is { } day ? $"Today: {day.Headline}" : "Starts " + view.Enrolment.StartDate.ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture);
        return new AccountCard("My schedule", view.Enrolment.Title, [new(today), new(view.Progress)], "My schedule", "/me/schedule");
    }
}
