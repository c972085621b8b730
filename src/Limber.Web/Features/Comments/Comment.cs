using Limber.Features.Accounts;

namespace Limber.Features.Comments;

/// <summary>
/// A member's plain-text comment on a piece of content (its target: an article, a workout), or a
/// reply to another comment. The thread is kept in
/// order by <see cref="Path"/>: the ids of its ancestors and itself (Guid v7, so time-ordered), which
/// lets a whole page of a thread load in one ordered query.
/// </summary>
public sealed class Comment
{
    public const int BodyMaxLength = 5000;

    /// <summary>Replies nest visually up to this depth; deeper ones show at it, "replying to NAME".</summary>
    public const int MaxDisplayDepth = 5;

    /// <summary>How deep a conversation may go at all (keeps the path bounded).</summary>
    public const int MaxDepth = 40;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Longest <see cref="TargetKind"/> (the kinds are short words: "article", "workout").</summary>
    public const int TargetKindMaxLength = 20;

    /// <summary>The kind of content the thread belongs to, as its feature registered it (<see cref="ICommentTargetSource.Kind"/>).</summary>
    public string TargetKind { get; init; } = "";

    /// <summary>The id of the content within its kind. No foreign key: the kinds live in different tables (docs/decisions/0014).</summary>
    public Guid TargetId { get; init; }

    /// <summary>Null once the author deleted their account: the comment stays, by "Deleted member".</summary>
    public Guid? AuthorId { get; set; }

    public AppUser? Author { get; init; }

    public Guid? ParentId { get; init; }

    /// <summary>The top-level comment of this thread (itself for a top-level comment); pages are cut by it.</summary>
    public Guid RootId { get; init; }

    /// <summary>0 for a top-level comment.</summary>
    public int Depth { get; init; }

    /// <summary>Ancestor ids and its own, "N"-formatted and joined by '/'.</summary>
    public string Path { get; init; } = "";

    public string Body { get; private set; } = "";

    public CommentStatus Status { get; set; } = CommentStatus.Published;

    /// <summary>Deleted by its author while it had replies: shown as "This comment was deleted.".</summary>
    public bool DeletedByAuthor { get; private set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? EditedAtUtc { get; private set; }

    /// <summary>Set when the parent's author has been told about this reply (once, ever).</summary>
    public bool ReplyNotified { get; set; }

    /// <summary>A new top-level comment in the thread of the content <paramref name="targetKind"/> / <paramref name="targetId"/>.</summary>
    public static Comment Start(string targetKind, Guid targetId, AppUser author, string body, DateTime nowUtc)
    {
        var id = IdAt(nowUtc);
        return new Comment
        {
            Id = id,
            TargetKind = targetKind,
            TargetId = targetId,
            AuthorId = author.Id,
            RootId = id,
            Depth = 0,
            Path = id.ToString("N"),
            Body = body,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>A reply to this comment, placed under it in the thread.</summary>
    public Comment ReplyBy(AppUser author, string body, DateTime nowUtc)
    {
        var id = IdAt(nowUtc);
        return new Comment
        {
            Id = id,
            TargetKind = TargetKind,
            TargetId = TargetId,
            AuthorId = author.Id,
            ParentId = Id,
            RootId = RootId,
            Depth = Depth + 1,
            Path = $"{Path}/{id:N}",
            Body = body,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>
    /// Threads are ordered by id (and paths sort by id), so the id carries the time the comment was
    /// written, from the app's clock: the order is the order of posting on that clock, in tests too.
    /// </summary>
    private static Guid IdAt(DateTime nowUtc) => Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)));

    public void Edit(string body, DateTime nowUtc)
    {
        Body = body;
        EditedAtUtc = nowUtc;
    }

    /// <summary>The author's delete: the text goes; the row stays so its replies keep their place.</summary>
    public void DeleteByAuthor()
    {
        Body = "";
        DeletedByAuthor = true;
    }

    public bool IsVisible => Status == CommentStatus.Published && !DeletedByAuthor;
}

public enum CommentStatus
{
    Published,
    Pending,
    Spam,
    Removed,
}
