using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Notifications;

/// <summary><c>/account/notifications</c>: the member's notifications, newest first; open one, mark one or all read.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public List<Notification> Items { get; private set; } = [];

    /// <summary>The member's own time zone: the times are shown on their clock.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await db.Notifications.AsNoTracking().OwnedBy(User.UserId())
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(100).ToListAsync(cancellationToken);
        Zone = Times.Zone(await db.Users.Where(u => u.Id == User.UserId()).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken));
    }

    /// <summary>Marks it read and goes to the reply. Someone else's notification is "not found".</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await MineAsync(id, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }
        notification.ReadAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect(notification.Link);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await MineAsync(id, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }
        notification.ReadAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.OwnedBy(User.UserId()).Where(n => n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
        return RedirectToPage();
    }

    private Task<Notification?> MineAsync(Guid id, CancellationToken cancellationToken) =>
        db.Notifications.OwnedBy(User.UserId()).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
}
