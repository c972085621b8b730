using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Notifications;

public static class NotificationsApi
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/me/notifications", ListAsync).RequireAuthorization().WithTags("Me")
            .WithName("ListMyNotifications").WithSummary("Lists the signed-in member's notifications, newest first (at most 100).");

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<List<NotificationResponse>>> ListAsync(
        ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Notifications.AsNoTracking().Where(n => n.RecipientId == user.UserId())
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(100)
            .Select(n => new NotificationResponse(n.Id, n.ActorName, n.ArticleTitle, n.Excerpt, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(cancellationToken));
}

public sealed record NotificationResponse(Guid Id, string ActorName, string ArticleTitle, string Excerpt, string Link, DateTime CreatedAt, bool Read);
