using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Notifications;

public static class NotificationsFeature
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<ReplyNotifier>();
        services.AddScoped<NotificationCounter>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<IMemberDataContributor, NotificationsData>();
        services.AddScoped<IAccountOverviewCard, NotificationsCard>();
        services.AddAccountLink("Notifications", "/account/notifications", 20);
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapNotificationsApi();
        return endpoints;
    }
}

/// <summary>The header's unread count: one indexed count per page view, for signed-in members only.</summary>
public sealed class NotificationCounter(AppDbContext db)
{
    private (Guid MemberId, int Unread)? _known;

    /// <summary>The Notifications link's accessible name when some are unread ("Notifications, 1 unread"); null (no label: the text) when none are.</summary>
    public static string? LinkLabel(int unread) => unread > 0 ? $"Notifications, {unread} unread" : null;

    /// <summary>A page that counted them in its own query hands the count over, and the header makes no round trip.</summary>
    public void Know(Guid memberId, int unread) => _known = (memberId, unread);

    public async Task<int> UnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        user.UserId() is not { } id ? 0
        : _known is { } known && known.MemberId == id ? known.Unread
        : await db.Notifications.OwnedBy(id).CountAsync(n => n.ReadAtUtc == null, cancellationToken);
}

public sealed class NotificationsData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "notifications";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking().OwnedBy(member.Id).OrderByDescending(n => n.CreatedAtUtc)
            .Select(n => new { n.Link, n.ActorName, n.TargetKind, n.TargetTitle, n.Excerpt, CreatedAt = n.CreatedAtUtc, ReadAt = n.ReadAtUtc })
            .ToListAsync(cancellationToken);

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) =>
        db.Notifications.OwnedBy(member.Id).ExecuteDeleteAsync(cancellationToken);
}
