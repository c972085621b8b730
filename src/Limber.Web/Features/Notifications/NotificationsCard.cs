using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Notifications;

/// <summary>The account overview's notifications card: the unread count and the latest three.</summary>
public sealed class NotificationsCard(AppDbContext db, NotificationCounter counter) : IAccountOverviewCard
{
    public int Order => 40;

    public async Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        var me = member.UserId()!.Value;
        var latest = await db.Notifications.AsNoTracking().OwnedBy(me)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(3)
            .Select(n => new { n.ActorName, n.Link, n.ReadAtUtc }).ToListAsync(cancellationToken);
        // Counted once for the page: the header's badge takes this count instead of asking again.
        var unread = await counter.UnreadAsync(member, cancellationToken);
        counter.Know(me, unread);
        List<AccountCardLine> lines = latest.Count == 0 ? [new("No notifications yet: replies to your comments show here.")]
            : [.. latest.Select(n => new AccountCardLine($"{n.ActorName} replied to your comment{(n.ReadAtUtc is null ? " (new)" : "")}", n.Link))];
        return new AccountCard("Notifications", unread == 1 ? "1 unread" : $"{unread} unread", lines, "All notifications", "/account/notifications");
    }
}
