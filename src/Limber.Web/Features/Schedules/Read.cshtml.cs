using System.ComponentModel.DataAnnotations;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Features.Shared;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Schedules;

/// <summary>
/// <c>/schedules/{slug}</c>: the whole plan week by week (every reader sees the outline: workout titles
/// and links, never intervals), and "Start this schedule" for a reader who may follow it.
/// </summary>
public sealed class ReadModel(ScheduleCatalog catalog, MemberAccess access, MyScheduleViews views, MemberDates dates) : PageModel
{
    public ScheduleEntry Entry { get; private set; } = null!;

    public bool CanFollow { get; private set; }

    /// <summary>The schedule the reader follows now, if any (starting this one ends it).</summary>
    public MyScheduleView? Current { get; private set; }

    public DateOnly Today { get; private set; }

    [BindProperty, Display(Name = "Start date"), DataType(DataType.Date)]
    public DateOnly? StartDate { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        StartDate = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, [FromServices] StartSchedule start, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        // A date the browser could not send as one ("31/02") arrives as a model error: say it in our words.
        ModelState.Remove(nameof(StartDate));
        var started = await start.HandleAsync(User, new StartSchedule.Input(slug, StartDate), cancellationToken);
        if (!started.Succeeded)
        {
            return this.Failed(started);
        }
        TempData["ScheduleFlash"] = $"You started “{Entry.Schedule.Title}”. Day 1 is {started.Value.StartDate:dddd d MMMM}.";
        return Redirect("/me/schedule");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await catalog.BySlugAsync(slug, cancellationToken) is not { } entry)
        {
            return false;
        }
        Entry = entry;
        CanFollow = await access.CanReadAsync(User, entry.Schedule.Visibility, cancellationToken);
        if (User.UserId() is { } memberId)
        {
            Current = await views.CurrentAsync(User, cancellationToken);
            Today = Current?.Today ?? await dates.TodayAsync(memberId, cancellationToken);
        }
        else
        {
            Today = DateOnly.FromDateTime(dates.UtcNow);
        }
        ViewData[nameof(PageMeta)] = new PageMeta(entry.Schedule.Title, entry.Schedule.Summary, $"/schedules/{entry.Schedule.Slug}",
            ImagePath: entry.Schedule.CoverPath is null ? null : SiteUrls.Upload(entry.Schedule.CoverPath));
        return true;
    }
}
