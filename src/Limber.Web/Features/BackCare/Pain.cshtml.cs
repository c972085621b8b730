using System.ComponentModel.DataAnnotations;
using Limber.Features.Accounts;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.BackCare;

/// <summary>
/// <c>/back-care/pain</c>: the pain diary. "Log pain" (an area, 0–10, the time on the member's clock,
/// notes), the recent entries day by day, and <c>?edit={id}</c> to change one (another member's id is 404).
/// </summary>
[Authorize]
public sealed class PainModel(PainDiary diary, MemberDates dates, LogPain log, BackCareSettingsReader settings) : PageModel
{
    private const int Shown = 60;

    public static class Messages
    {
        public const string Time = "Give a date and time, or leave it empty for now.";
        public const string NoSuchTime = "That time does not exist on your clock (the clocks went forward then).";
    }

    public BackCareSettings Settings { get; private set; } = new();

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public List<PainEntry> Recent { get; private set; } = [];

    /// <summary>The entry being changed, when the form edits one.</summary>
    public Guid? Editing { get; private set; }

    [BindProperty]
    public PainForm Input { get; set; } = new();

    [TempData(Key = "PainFlash")] public string? Flash { get; set; }

    /// <summary>A stored time on the member's clock.</summary>
    public DateTime Local(DateTime utc) => Times.Local(utc, Zone);

    public async Task<IActionResult> OnGetAsync(Guid? edit, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (edit is not { } id)
        {
            Input = new PainForm { RecordedAt = Minute(Times.Local(dates.UtcNow, Zone)) };
            return Page();
        }
        if (await diary.FindAsync(Me, id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }
        Editing = id;
        Input = new PainForm { Area = entry.Area, Score = entry.Score, RecordedAt = Minute(Times.Local(entry.RecordedAtUtc, Zone)), Notes = entry.Notes };
        return Page();
    }

    /// <summary>"Log pain"; the dashboard's check-in posts here too, with <paramref name="returnTo"/> "dashboard".</summary>
    public Task<IActionResult> OnPostAsync(string? returnTo, CancellationToken cancellationToken) => SaveAsync(null, returnTo, cancellationToken);

    public Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, null, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await log.DeleteAsync(Me, id, cancellationToken);
        if (!deleted.Succeeded)
        {
            return this.Failed(deleted);
        }
        Flash = "Deleted the entry.";
        return RedirectToPage();
    }

    private Guid Me => User.UserId()!.Value;

    private async Task<IActionResult> SaveAsync(Guid? id, string? returnTo, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (id is { } editing && await diary.FindAsync(Me, editing, cancellationToken) is null)
        {
            return NotFound();
        }
        Editing = id;
        // What the browser sent but could not be read as a value ("abc" for the score) stays in the
        // field, with our words under it; nothing is saved until it is fixed.
        var unreadable = this.Reword("Input", nameof(PainForm.Area), LogPain.Messages.Area) | this.Reword("Input", nameof(PainForm.Score), LogPain.Messages.Score)
            | this.Reword("Input", nameof(PainForm.RecordedAt), Messages.Time);
        if (unreadable)
        {
            return Page();
        }
        DateTime? recordedAt = null;
        if (Input.RecordedAt is { } local)
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (Zone.IsInvalidTime(unspecified))
            {
                ModelState.AddModelError($"Input.{nameof(PainForm.RecordedAt)}", Messages.NoSuchTime);
                return Page();
            }
            recordedAt = TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
        }
        var saved = await log.HandleAsync(Me, id, new LogPain.Input(Input.Area, Input.Score, recordedAt, Input.Notes), cancellationToken);
        if (!saved.Succeeded)
        {
            return this.Failed(saved, "Input");
        }
        var entry = saved.Value;
        Flash = $"{(id is null ? "Logged" : "Saved")}: {PainAreas.Label(entry.Area)} {entry.Score}/10 at {Times.Local(entry.RecordedAtUtc, Zone):HH:mm}.";
        return returnTo == "dashboard" ? Redirect("/back-care") : RedirectToPage("/BackCare/Pain");
    }


    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Settings = await settings.GetAsync(cancellationToken);
        Zone = await dates.ZoneAsync(Me, cancellationToken);
        Recent = await diary.RecentAsync(Me, Shown, cancellationToken);
    }

    private static DateTime Minute(DateTime local) => new(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
}

/// <summary>The diary's form, as typed: the time is on the member's clock.</summary>
public sealed class PainForm
{
    [Display(Name = "Area")]
    public PainArea? Area { get; set; }

    [Display(Name = "Pain (0–10)")]
    public int? Score { get; set; }

    [Display(Name = "Time")]
    public DateTime? RecordedAt { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }
}
