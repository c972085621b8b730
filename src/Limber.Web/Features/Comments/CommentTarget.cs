using Limber.Features.Memberships;

namespace Limber.Features.Comments;

/// <summary>
/// What commenting needs to know about a piece of content, whatever its kind: whether it takes
/// comments, who may read it, and its title and address for links and notifications. Not its body:
/// a post should cost the same on a 300-word note as on a 5,000-word guide.
/// </summary>
/// <param name="Kind">The kind's stored name (<see cref="ICommentTargetSource.Kind"/>), also the word readers see ("this workout").</param>
/// <param name="Path">The content's page, site-relative (<c>/workouts/slug</c>): where the thread is shown and links go.</param>
/// <param name="PublishedAtUtc">When it went live, for "close comments after N days"; null for content without a publish date.</param>
/// <param name="IsLive">Published and visible on the site now: only live content takes comments and shows its thread.</param>
public sealed record CommentTarget(
    string Kind,
    Guid Id,
    string Slug,
    string Title,
    string Path,
    Visibility Visibility,
    bool CommentsEnabled,
    DateTime? PublishedAtUtc,
    bool IsLive);

/// <summary>
/// A kind of content that takes comments. Each content feature implements one, reading its own
/// table, and registers it once (<c>services.AddCommentTarget&lt;WorkoutCommentTarget&gt;()</c>);
/// Comments then gives that content the thread, the forms, moderation, notifications and the API
/// (<c>/api/v1/{Collection}/{slug}/comments</c>), and never reads the content's table itself.
/// </summary>
public interface ICommentTargetSource
{
    /// <summary>Stored with every comment ("article"); lower case, at most <see cref="Comment.TargetKindMaxLength"/> characters, never renamed.</summary>
    string Kind { get; }

    /// <summary>The plural in addresses ("articles"): <c>/comments/{Collection}/{slug}</c> and the API.</summary>
    string Collection { get; }

    /// <summary>How moderators see the kind ("Article").</summary>
    string Label { get; }

    /// <summary>The content with this slug, live or not (<see cref="CommentTarget.IsLive"/> says), or null.</summary>
    Task<CommentTarget?> FindAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The contents with these ids that still exist, live or not (moderation, export, notifications).</summary>
    Task<IReadOnlyList<CommentTarget>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Drops the cached pages that show the target's thread, after a comment on it changed.</summary>
    Task EvictAsync(CommentTarget target, CancellationToken cancellationToken);
}
