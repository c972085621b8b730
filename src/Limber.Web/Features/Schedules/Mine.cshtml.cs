using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules;

/// <summary>
/// <c>/me/schedule</c>: the member's schedule: today, this week day by day, progress, pause and resume,
/// the calendar feed and the reminder; then the whole plan and the schedules followed before.
/// </summary>
[Authorize]
public sealed class MineModel(AppDbContext db, MyScheduleViews views, FollowSchedule follow, SiteUrls urls) : PageModel
{
    public static readonly int[] ReminderHours = [.. Enumerable.Range(5, 8)];

    public MyScheduleView? View { get; private set; }

    public List<PastEnrolment> History { get; private set; } = [];

    public string? CalendarUrl { get; private set; }

    public int? ReminderHour { get; private set; }

    [TempData(Key = "ScheduleFlash")] public string? Flash { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken) =>
        ChangedAsync(follow.PauseAsync(User, cancellationToken), "Paused. Nothing is missed while the schedule waits for you.", cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        ChangedAsync(follow.ResumeAsync(User, cancellationToken), "Welcome back. The rest of your plan has moved on by the days you were away.", cancellationToken);

    public Task<IActionResult> OnPostShiftAsync(CancellationToken cancellationToken) =>
        ChangedAsync(follow.ShiftRestAsync(User, cancellationToken), "Shifted: your first missed day is next, and every later day has moved with it.", cancellationToken);

    public Task<IActionResult> OnPostDoneAsync(DateOnly date, CancellationToken cancellationToken) =>
        ChangedAsync(follow.MarkDoneAsync(User, date, done: true, cancellationToken), $"Marked {date:dddd d MMMM} done. Nice work!", cancellationToken);

    public Task<IActionResult> OnPostUndoAsync(DateOnly date, CancellationToken cancellationToken) =>
        ChangedAsync(follow.MarkDoneAsync(User, date, done: false, cancellationToken), $"{date:dddd d MMMM} is no longer marked done.", cancellationToken);

    /// <summary>"Reset calendar link": a new secret; the old link answers 404 from now on.</summary>
    public async Task<IActionResult> OnPostResetCalendarAsync(CancellationToken cancellationToken)
    {
        var preferences = await PreferencesAsync(cancellationToken);
        preferences.ResetCalendarToken();
        await db.SaveChangesAsync(cancellationToken);
        Flash = "Your calendar link is new. Subscribe again with it: the old one no longer works.";
        return RedirectToPage();
    }

    /// <summary>The reminder email's hour, or off (an empty hour).</summary>
    public async Task<IActionResult> OnPostReminderAsync(int? hour, CancellationToken cancellationToken)
    {
        if (hour is { } h && !ReminderHours.Contains(h))
        {
            ModelState.AddModelError("hour", "Choose one of the listed hours, or no reminder.");
            return await ShowAsync(cancellationToken);
        }
        var preferences = await PreferencesAsync(cancellationToken);
        preferences.ReminderHour = hour;
        await db.SaveChangesAsync(cancellationToken);
        Flash = hour is null ? "No more reminder emails." : $"You will get an email at {hour}:00 on workout days.";
        return RedirectToPage();
    }

    private async Task<IActionResult> ChangedAsync(Task<Result<Enrolment>> change, string done, CancellationToken cancellationToken)
    {
        var changed = await change;
        if (!changed.Succeeded)
        {
            await LoadAsync(cancellationToken);
            return this.Failed(changed);
        }
        Flash = done;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = User.UserId()!.Value;
        View = await views.CurrentAsync(User, cancellationToken);
        History = await views.HistoryAsync(me, cancellationToken);
        var preferences = await db.SchedulePreferences.AsNoTracking().OwnedBy(me).SingleOrDefaultAsync(cancellationToken);
        CalendarUrl = preferences is null ? null : urls.Absolute($"/me/schedule.ics?token={preferences.CalendarToken}");
        ReminderHour = preferences?.ReminderHour;
    }

    private async Task<SchedulePreferences> PreferencesAsync(CancellationToken cancellationToken)
    {
        var me = User.UserId()!.Value;
        return await db.SchedulePreferences.OwnedBy(me).SingleOrDefaultAsync(cancellationToken)
            ?? db.SchedulePreferences.Add(new SchedulePreferences { MemberId = me }).Entity;
    }
}
