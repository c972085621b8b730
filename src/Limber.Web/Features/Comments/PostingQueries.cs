using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>
/// The reads a comment post makes, compiled once: posting is the busiest write, and for queries this
/// small EF Core spent more time finding the cached plan for the LINQ tree than SQLite spent running
/// it. (The target itself is found by its feature: <see cref="ICommentTargetSource"/>.)
/// Nothing is tracked: a post only adds rows, and tracking the member, the parent and its author made EF Core
/// snapshot them when read and compare them again at the save.
/// </summary>
internal static class PostingQueries
{
    /// <summary>The member, with how many comments they wrote in the last hour (counted up to <c>limit</c>) and whether any was ever published.</summary>
    public sealed record Poster(AppUser Member, int CommentsLastHour, bool HasPublished);

    public static readonly Func<AppDbContext, Guid, DateTime, int, CancellationToken, Task<Poster?>> PosterById =
        EF.CompileAsyncQuery((AppDbContext db, Guid memberId, DateTime hourAgo, int limit, CancellationToken cancellationToken) => db.Users
            .AsNoTracking()
            .Where(u => u.Id == memberId)
            .Select(u => new Poster(u,
                db.Comments.Where(c => c.AuthorId == u.Id && c.CreatedAtUtc > hourAgo).Take(limit).Count(),
                db.Comments.Any(c => c.AuthorId == u.Id && c.Status == CommentStatus.Published)))
            .FirstOrDefault());

    /// <summary>
    /// The comment replied to, if it is still in its thread, with its author (the one to notify) and how many
    /// top-level comments come before its thread: the reply's page, counted here rather than in a round trip of
    /// its own after the post. The count is <see cref="CommentThreadQuery"/>'s TopLevelBefore, written out (a
    /// compiled query cannot call another); the two conditions go together. Its target is the reply's target:
    /// a reply through the API names only the comment.
    /// </summary>
    public sealed record Parent(Comment Comment, AppUser? Author, int TopLevelBefore);

    public static readonly Func<AppDbContext, Guid, CancellationToken, Task<Parent?>> RepliedTo =
        EF.CompileAsyncQuery((AppDbContext db, Guid parentId, CancellationToken cancellationToken) => db.Comments
            .AsNoTracking()
            .Where(c => c.Id == parentId && (c.Status == CommentStatus.Published || c.Status == CommentStatus.Removed))
            .Select(c => new Parent(c, c.Author,
                db.Comments.Count(t => t.TargetKind == c.TargetKind && t.TargetId == c.TargetId && t.Depth == 0 && t.Id.CompareTo(c.RootId) < 0
                    && (t.Status == CommentStatus.Published || t.Status == CommentStatus.Removed))))
            .FirstOrDefault());
}
