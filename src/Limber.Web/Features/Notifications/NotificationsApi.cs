using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Notifications;

public static class NotificationsApi
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/me/notifications", ListAsync).RequireAuthorization().WithTags("Me")
            .WithName("ListMyNotifications").WithSummary("Lists the signed-in member's notifications, newest first, paged (?page=&pageSize=).");

    private static Task<Results<Ok<PagedResponse<NotificationResponse>>, ValidationProblem>> ListAsync(string? page, string? pageSize,
        ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken) =>
        db.Notifications.AsNoTracking().OwnedBy(user.UserId())
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new NotificationResponse(n.Id, n.ActorName, n.TargetKind, n.TargetTitle, n.Excerpt, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToPageResultAsync(page, pageSize, cancellationToken);
}

public sealed record NotificationResponse(Guid Id, string ActorName, string TargetKind, string TargetTitle, string Excerpt, string Link, DateTime CreatedAt, bool Read);
