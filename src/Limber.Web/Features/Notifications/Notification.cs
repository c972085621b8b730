using Limber.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Notifications;

/// <summary>Something a member should know about, shown in the header count and at /account/notifications.</summary>
public sealed class Notification
{
    public const int TextMaxLength = 300;
    public const int TitleMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RecipientId { get; init; }

    /// <summary>Site-relative link, e.g. <c>/workouts/slug#comment-id</c>.</summary>
    public string Link { get; init; } = "";

    /// <summary>Who did it, as they appear publicly ("Private" for private members).</summary>
    public string ActorName { get; init; } = "";

    /// <summary>The kind of content replied on ("article", "workout"), as comments store it.</summary>
    public string TargetKind { get; init; } = "";

    /// <summary>The title of the content replied on, as it was then.</summary>
    public string TargetTitle { get; init; } = "";

    /// <summary>The start of the reply's text.</summary>
    public string Excerpt { get; init; } = "";

    /// <summary>The comment this is about, so removing it can withdraw the notification.</summary>
    public Guid? CommentId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? ReadAtUtc { get; set; }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Link).HasMaxLength(400).IsRequired();
        builder.Property(n => n.ActorName).HasMaxLength(AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(n => n.TargetKind).HasMaxLength(Comments.Comment.TargetKindMaxLength).IsRequired();
        builder.Property(n => n.TargetTitle).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.Excerpt).HasMaxLength(Notification.TextMaxLength).IsRequired();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.RecipientId, n.ReadAtUtc, n.CreatedAtUtc });
    }
}
