namespace Limber.Features.Notifications;

public static class NotificationQueries
{
    /// <summary>The recipient's own notifications: the owner of a notification is the member it was sent to.</summary>
    public static IQueryable<Notification> OwnedBy(this IQueryable<Notification> notifications, Guid? memberId) =>
        memberId is { } id ? notifications.Where(n => n.RecipientId == id) : notifications.Where(_ => false);
}
