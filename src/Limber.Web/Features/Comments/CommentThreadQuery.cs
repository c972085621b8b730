using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>
/// Loads one page of a thread in two round trips whatever its size: the published count with the
/// number of top-level comments, then the page's top-level comments with all their replies in path
/// order (depth-first, oldest first).
/// The discussion of a piece of content follows the content's visibility: a reader who may not read
/// it in full gets the count alone (no text, no names), on every surface that shows a thread,
/// because the only way in is <see cref="LoadForAsync"/>, which asks <see cref="MemberAccess"/>.
/// </summary>
public sealed class CommentThreadQuery(AppDbContext db, MemberAccess access)
{
    public const int TopLevelPerPage = 50;

    public static class Texts
    {
        public const string Deleted = "This comment was deleted.";
        public const string Removed = "This comment was removed by a moderator.";
        public const string DeletedMember = "Deleted member";
    }

    /// <summary>A page of the thread on <paramref name="target"/> as <paramref name="reader"/> may see it.</summary>
    public async Task<CommentThread> LoadForAsync(ClaimsPrincipal reader, CommentTarget target, int page, CancellationToken cancellationToken)
    {
        if (!await access.CanReadAsync(reader, target.Visibility, cancellationToken))
        {
            // The count invites the reader to join the discussion; what is said in it is for those who may read the content.
            var counts = await CountsOf(db, target.Kind, target.Id, null, cancellationToken);
            return new CommentThread(counts?.Shown ?? 0, [], 1, 1);
        }
        return await LoadAsync(target, page, reader.UserId(), cancellationToken);
    }

    private async Task<CommentThread> LoadAsync(CommentTarget target, int page, Guid? viewerId, CancellationToken cancellationToken)
    {
        var counts = await CountsOf(db, target.Kind, target.Id, viewerId, cancellationToken);
        var (count, rootCount) = (counts?.Shown ?? 0, counts?.Roots ?? 0);
        var pageCount = Math.Max(1, (int)Math.Ceiling(rootCount / (double)TopLevelPerPage));
        page = Math.Clamp(page, 1, pageCount);
        var rows = await RowsOf(db, target.Kind, target.Id, viewerId, (page - 1) * TopLevelPerPage).ToListAsync(cancellationToken);
        return new CommentThread(count, Shape(rows, viewerId), page, pageCount);
    }

    // Compiled once (every content page runs both), so each condition is written out in full: a compiled
    // query cannot call a helper that builds part of it. What a reader sees: published comments, placeholders
    // for removed ones that still hold replies, and their own comments awaiting approval.

    private sealed record Counts(int Shown, int Roots);

    /// <summary>
    /// Both counts in one round trip, each on its own index: the heading's count and the top-level comments to page
    /// through. They are asked from the thread's first comment, one row found on the target's index: a thread without
    /// comments has no row, and its counts are zero anyway.
    /// </summary>
    private static readonly Func<AppDbContext, string, Guid, Guid?, CancellationToken, Task<Counts?>> CountsOf =
        EF.CompileAsyncQuery((AppDbContext db, string kind, Guid targetId, Guid? viewerId, CancellationToken cancellationToken) => db.Comments
            .Where(a => a.TargetKind == kind && a.TargetId == targetId)
            .Select(a => new Counts(
                db.Comments.Count(c => c.TargetKind == kind && c.TargetId == targetId && c.Status == CommentStatus.Published && !c.DeletedByAuthor),
                db.Comments.Count(c => c.TargetKind == kind && c.TargetId == targetId && c.Depth == 0
                    && (c.Status == CommentStatus.Published || c.Status == CommentStatus.Removed || (c.Status == CommentStatus.Pending && c.AuthorId == viewerId)))))
            .FirstOrDefault());

    /// <summary>A page of top-level comments with all their replies, in path order (depth-first, oldest first).</summary>
    private static readonly Func<AppDbContext, string, Guid, Guid?, int, IAsyncEnumerable<Row>> RowsOf =
        EF.CompileAsyncQuery((AppDbContext db, string kind, Guid targetId, Guid? viewerId, int skip) => db.Comments.AsNoTracking()
            .Where(c => c.TargetKind == kind && c.TargetId == targetId
                && db.Comments
                    .Where(r => r.TargetKind == kind && r.TargetId == targetId && r.Depth == 0
                        && (r.Status == CommentStatus.Published || r.Status == CommentStatus.Removed || (r.Status == CommentStatus.Pending && r.AuthorId == viewerId)))
                    .OrderBy(r => r.Id).Skip(skip).Take(TopLevelPerPage).Select(r => r.Id)
                    .Contains(c.RootId)
                && (c.Status == CommentStatus.Published || c.Status == CommentStatus.Removed || (c.Status == CommentStatus.Pending && c.AuthorId == viewerId)))
            .OrderBy(c => c.Path)
            .Select(c => new Row(c.Id, c.ParentId, c.Depth, c.Status, c.DeletedByAuthor, c.Body, c.CreatedAtUtc, c.EditedAtUtc, c.AuthorId,
                c.Author == null ? null : c.Author.DisplayName, c.Author != null && c.Author.ShowNamePublicly,
                c.Author == null ? null : c.Author.Location, c.Author == null ? null : c.Author.AvatarKey)));

    /// <summary>Which page of the thread on <paramref name="target"/> shows the comment (the page of its top-level comment).</summary>
    public async Task<int> PageOfAsync(CommentTarget target, Guid commentId, CancellationToken cancellationToken) =>
        PageAfter(await TopLevelBefore(db, target.Kind, target.Id, commentId, cancellationToken));

    /// <summary>The page a thread is on when <paramref name="topLevelBefore"/> top-level comments come before it.</summary>
    public static int PageAfter(int topLevelBefore) => topLevelBefore / TopLevelPerPage + 1;

    /// <summary>
    /// One round trip (the comment's top-level comment is looked up inside the count), compiled: a new top-level comment is
    /// followed by it. A reply counts the same inside <see cref="PostingQueries.RepliedTo"/>; the two conditions go together.
    /// </summary>
    private static readonly Func<AppDbContext, string, Guid, Guid, CancellationToken, Task<int>> TopLevelBefore =
        EF.CompileAsyncQuery((AppDbContext db, string kind, Guid targetId, Guid commentId, CancellationToken cancellationToken) => db.Comments
            .Count(c => c.TargetKind == kind && c.TargetId == targetId && c.Depth == 0
                && c.Id.CompareTo(db.Comments.Where(x => x.Id == commentId).Select(x => x.RootId).FirstOrDefault()) < 0
                && (c.Status == CommentStatus.Published || c.Status == CommentStatus.Removed)));

    /// <summary>Turns rows into what the page shows; drops placeholders that no longer hold any visible reply.</summary>
    private static List<CommentView> Shape(List<Row> rows, Guid? viewerId)
    {
        var names = rows.ToDictionary(r => r.Id, r => r.PublicName);
        var hasVisibleDescendant = new HashSet<Guid>();
        foreach (var row in Enumerable.Reverse(rows))
        {
            if ((row.IsShown || hasVisibleDescendant.Contains(row.Id)) && row.ParentId is { } parent)
            {
                hasVisibleDescendant.Add(parent);
            }
        }
        var views = new List<CommentView>(rows.Count);
        foreach (var r in rows)
        {
            if (!r.IsShown && !hasVisibleDescendant.Contains(r.Id))
            {
                continue;
            }
            var placeholder = r.DeletedByAuthor ? Texts.Deleted : r.Status == CommentStatus.Removed ? Texts.Removed : null;
            var avatar = r.AuthorId is null || !r.ShowName
                ? new AvatarView(r.AuthorId ?? r.Id, r.PublicName, null, IsPrivate: true)
                : new AvatarView(r.AuthorId.Value, r.PublicName, r.AvatarKey, false);
            views.Add(new CommentView(
                r.Id,
                r.ParentId,
                Math.Min(r.Depth, Comment.MaxDisplayDepth - 1),
                placeholder is null ? avatar : avatar with { PictureKey = null },
                placeholder is null ? r.PublicName : "",
                placeholder is null ? r.Location : null,
                r.CreatedAtUtc,
                r.EditedAtUtc,
                placeholder is null ? CommentText.ToHtml(r.Body) : null,
                placeholder,
                r.Status == CommentStatus.Pending,
                placeholder is null && viewerId is not null && r.AuthorId == viewerId,
                r.Body,
                r.Depth >= Comment.MaxDisplayDepth && r.ParentId is { } p ? names.GetValueOrDefault(p) : null));
        }
        return views;
    }

    private sealed record Row(Guid Id, Guid? ParentId, int Depth, CommentStatus Status, bool DeletedByAuthor, string Body,
        DateTime CreatedAtUtc, DateTime? EditedAtUtc, Guid? AuthorId, string? DisplayName, bool ShowName, string? Location, string? AvatarKey)
    {
        public string PublicName => AuthorId is null ? Texts.DeletedMember : ShowName ? DisplayName! : AppUser.PrivateName;

        public bool IsShown => !DeletedByAuthor && Status is CommentStatus.Published or CommentStatus.Pending;
    }
}

/// <summary>One page of a thread; <see cref="Count"/> is always of the whole thread.</summary>
public sealed record CommentThread(int Count, IReadOnlyList<CommentView> Items, int Page, int PageCount)
{
    public string Heading(string title) => $"{Count} {(Count == 1 ? "comment" : "comments")} on “{title}”";
}

/// <summary>A comment as the page shows it, already decided for privacy and state.</summary>
/// <param name="Placeholder">"This comment was deleted." (or removed) when the comment only holds its replies' place.</param>
/// <param name="ReplyingTo">The parent's public name, for replies shown flattened at the deepest level.</param>
public sealed record CommentView(
    Guid Id,
    Guid? ParentId,
    int DisplayDepth,
    AvatarView Avatar,
    string AuthorName,
    string? Location,
    DateTime CreatedAtUtc,
    DateTime? EditedAtUtc,
    string? Html,
    string? Placeholder,
    bool IsPending,
    bool IsOwn,
    string Body,
    string? ReplyingTo);
