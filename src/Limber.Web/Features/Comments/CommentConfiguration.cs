using Limber.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Comments;

public sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(Comment.BodyMaxLength).IsRequired();
        builder.Property(c => c.Path).HasMaxLength((Comment.MaxDepth + 1) * 33).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.TargetKind).HasMaxLength(Comment.TargetKindMaxLength).IsRequired();
        builder.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        // A page of a thread: the target's top-level comments in order, then their subtrees in path order.
        // Every thread query names the target by both columns, so each index starts with them.
        builder.HasIndex(c => new { c.TargetKind, c.TargetId, c.Depth, c.Id });
        // The heading's count ("N comments"); without it SQLite counted through the moderation index (6 ms at 12,000 comments).
        builder.HasIndex(c => new { c.TargetKind, c.TargetId, c.Status, c.DeletedByAuthor });
        builder.HasIndex(c => new { c.TargetKind, c.TargetId, c.RootId, c.Path });
        // A member's comments in the last hour and minute (posting limits).
        builder.HasIndex(c => new { c.AuthorId, c.CreatedAtUtc });
        // Whether a member has a published comment (the first one is held when the site asks). Without it SQLite
        // searched the moderation index by status and checked every published comment's author.
        builder.HasIndex(c => new { c.AuthorId, c.Status });
        builder.HasIndex(c => new { c.Status, c.CreatedAtUtc });
        builder.Ignore(c => c.IsVisible);
    }
}

/// <summary>A member flagging a comment for the moderators; once per member and comment.</summary>
public sealed class CommentReport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommentId { get; init; }

    public Guid? ReporterId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>Set when a moderator has dealt with the comment.</summary>
    public DateTime? ResolvedAtUtc { get; set; }
}

public sealed class CommentReportConfiguration : IEntityTypeConfiguration<CommentReport>
{
    public void Configure(EntityTypeBuilder<CommentReport> builder)
    {
        builder.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.CommentId, r.ReporterId }).IsUnique();
        builder.HasIndex(r => r.ResolvedAtUtc);
    }
}
