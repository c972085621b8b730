using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>
/// <c>/back-care/inversion</c>: the guided timer (the suggested plan, or a gentle one) and the session
/// log, with the member's recent sessions to edit or delete. Closed, with the reason, while the
/// self-check holds the member back.
/// </summary>
[Authorize]
public sealed class InversionModel(AppDbContext db, InversionGate gate, LogSession log, BackCareSettingsReader settings, MemberDates dates) : PageModel
{
    public GateState Gate { get; private set; } = null!;

    public BackCareSettings Settings { get; private set; } = null!;

    public Suggestion Suggested { get; private set; } = null!;

    public Suggestion Gentle { get; private set; } = null!;

    public bool BootsOffered { get; private set; }

    public List<InversionSession> Recent { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [BindProperty(SupportsGet = true)] public Guid? Edit { get; set; }

    [BindProperty] public SessionForm Input { get; set; } = new();

    [TempData(Key = "BackCareFlash")] public string? Flash { get; set; }

    public static string StepsJson(Suggestion s) =>
        JsonSerializer.Serialize(s.Steps().Select(t => new { label = t.Label, angle = t.AngleDegrees, seconds = t.Seconds }));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Edit is { } id)
        {
            var session = Recent.FirstOrDefault(s => s.Id == id)
                ?? await db.InversionSessions.AsNoTracking().OwnedBy(Me).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return NotFound();
            }
            Input = SessionForm.From(session, Zone);
        }
        else
        {
            Input = new SessionForm { AngleDegrees = Suggested.AngleDegrees, Minutes = Suggested.Minutes };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // What the browser could not parse ("abc" minutes) is said in the use case's words below.
        ModelState.Clear();
        var logged = await log.HandleAsync(Me, Edit, Input.ToInput(Zone), cancellationToken);
        if (!logged.Succeeded)
        {
            return this.Failed(logged, nameof(Input));
        }
        Flash = Edit is null ? $"Logged {logged.Value.Minutes} min at {logged.Value.AngleDegrees}°." : "Session updated.";
        return RedirectToPage(new { edit = (Guid?)null });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await log.DeleteAsync(Me, id, cancellationToken);
        if (!deleted.Succeeded)
        {
            return NotFound();
        }
        Flash = "Session deleted.";
        return RedirectToPage(new { edit = (Guid?)null });
    }

    private Guid Me => User.UserId()!.Value;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Gate = await gate.StateAsync(Me, cancellationToken);
        Settings = await settings.GetAsync(cancellationToken);
        Zone = await dates.ZoneAsync(Me, cancellationToken);
        Recent = await db.InversionSessions.AsNoTracking().OwnedBy(Me).OrderByDescending(s => s.StartedAtUtc).ThenByDescending(s => s.Id).Take(20).ToListAsync(cancellationToken);
        Suggested = Progression.Next(Recent, Settings);
        Gentle = new Suggestion(Math.Min(Progression.StartAngle, Settings.MaxAngleDegrees), Math.Min(Progression.StartMinutes, Settings.MaxMinutes), "A gentle session.");
        BootsOffered = await Progression.BootsOfferedAsync(db.InversionSessions.OwnedBy(Me), cancellationToken);
    }

    public sealed class SessionForm
    {
        [Display(Name = "Device")] public Device? Device { get; set; } = BackCare.Device.Table;

        [Display(Name = "Angle (degrees)")] public int? AngleDegrees { get; set; }

        [Display(Name = "Minutes")] public int? Minutes { get; set; }

        [Display(Name = "Pain before")] public int? PainBefore { get; set; }

        [Display(Name = "Pain after")] public int? PainAfter { get; set; }

        /// <summary>On the member's clock; empty for "just now".</summary>
        [Display(Name = "Time")] public DateTime? StartedAt { get; set; }

        [Display(Name = "Notes")] public string? Notes { get; set; }

        public static SessionForm From(InversionSession s, TimeZoneInfo zone) => new()
        {
            Device = s.Device,
            AngleDegrees = s.AngleDegrees,
            Minutes = s.Minutes,
            PainBefore = s.PainBefore,
            PainAfter = s.PainAfter,
            StartedAt = Times.Local(s.StartedAtUtc, zone),
            Notes = s.Notes,
        };

        public LogSession.Input ToInput(TimeZoneInfo zone) => new(Device, AngleDegrees, Minutes, PainBefore, PainAfter,
            StartedAt is { } local ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone) : null, Notes);
    }
}
