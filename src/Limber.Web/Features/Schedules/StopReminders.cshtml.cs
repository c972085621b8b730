using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules;

/// <summary>
/// Stops schedule reminders from the link in one, without signing in. The signed token is the proof,
/// so the POST needs no antiforgery token: mail clients' one-click unsubscribe (RFC 8058) posts here too.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StopRemindersModel(ReminderLinks links, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Valid { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Valid = await PreferencesAsync(cancellationToken) is not null;
        return Valid ? Page() : BadLink();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await PreferencesAsync(cancellationToken) is not { } preferences)
        {
            return BadLink();
        }
        Valid = true;
        preferences.ReminderHour = null;
        await db.SaveChangesAsync(cancellationToken);
        Done = true;
        return Page();
    }

    private async Task<SchedulePreferences?> PreferencesAsync(CancellationToken cancellationToken) =>
        links.MemberFrom(Token) is { } id ? await db.SchedulePreferences.OwnedBy(id).SingleOrDefaultAsync(cancellationToken) : null;

    private PageResult BadLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
