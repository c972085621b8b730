using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Notifications;
using Limber.Features.Settings;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Security;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Comments;

/// <summary>
/// A member posts a comment or a reply. It is published, or held for a moderator (first comment when
/// the site asks, too many links); a published reply tells the parent's author, once.
/// </summary>
public sealed class PostComment(AppDbContext db, CommentRules rules, CommentTargets targets, SiteSettingsReader settings,
    ReplyNotifier notifier, IOptions<RateLimitOptions> limits, TimeProvider clock)
{
    /// <summary>
    /// A comment on <paramref name="On"/>, or a reply to <paramref name="ParentId"/>: in the thread of
    /// <paramref name="On"/> when given (the page's forms), else in its parent's (the API names only the comment).
    /// </summary>
    public sealed record Input(CommentTarget? On, Guid? ParentId, string? Body);

    /// <summary>The comment (published or held) and where it is.</summary>
    /// <param name="Page">The page of the thread the comment is on, when the post already knew it (a reply's, counted with its parent).</param>
    public sealed record Posted(Comment Comment, CommentTarget Target, int? Page);

    /// <returns>
    /// The comment; not found when the content or the parent is not there (the reason says which);
    /// forbidden with why this member may not comment here; invalid with what to fix in <see cref="Input.Body"/>.
    /// </returns>
    public async Task<Result<Posted>> HandleAsync(ClaimsPrincipal principal, Input input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // One connection for the post's several round trips, kept until the request ends: EF would open and close
        // it around each, and Microsoft.Data.Sqlite registers EF's SQL functions again on every open. Only here:
        // held for a whole page, through its rendering, the signed-in article page measured slower.
        await db.Database.OpenConnectionAsync(cancellationToken);
        PostingQueries.Parent? repliedTo = null;
        var target = input.On;
        if (target is null && input.ParentId is { } replyTo)
        {
            // With its author, the person the notifier tells.
            repliedTo = await PostingQueries.RepliedTo(db, replyTo, cancellationToken);
            target = repliedTo is null ? null : await targets.FindAsync(repliedTo.Comment.TargetKind, repliedTo.Comment.TargetId, cancellationToken);
        }
        if (target is not { IsLive: true })
        {
            return Result.NotFound(input.On is null ? CommentRules.Messages.GoneParent : CommentRules.Messages.NoSuchContent);
        }
        var perMinute = limits.Value.CommentsPerMemberPerMinute;
        var perHour = limits.Value.CommentsPerMemberPerHour;
        // The member with what the rules count about them, in one round trip.
        var poster = principal.UserId() is { } memberId ? await PostingQueries.PosterById(db, memberId, now.AddHours(-1), perHour, cancellationToken) : null;
        var member = poster?.Member;
        if (await rules.WhyNotAsync(member, principal, target, cancellationToken) is { } why)
        {
            return Result.Forbidden(why);
        }
        if (CommentRules.CheckBody(input.Body) is { } bodyError)
        {
            return Result.Invalid(nameof(Input.Body), bodyError);
        }
        if (input.ParentId is { } parentId)
        {
            repliedTo ??= await PostingQueries.RepliedTo(db, parentId, cancellationToken);
            if (repliedTo is null || repliedTo.Comment.TargetKind != target.Kind || repliedTo.Comment.TargetId != target.Id)
            {
                return Result.NotFound(CommentRules.Messages.GoneParent);
            }
            if (repliedTo.Comment.Depth + 1 > Comment.MaxDepth)
            {
                return Result.Forbidden(CommentRules.Messages.TooDeep);
            }
        }
        var parent = repliedTo?.Comment;
        // Counting stops at the limit: reaching it is all that matters, however much a member has posted.
        var lastHour = poster!.CommentsLastHour;
        var minuteAgo = now.AddMinutes(-1);
        var lastMinute = lastHour < perMinute ? lastHour
            : await db.Comments.CountAsync(c => c.AuthorId == member!.Id && c.CreatedAtUtc > minuteAgo, cancellationToken);
        if (lastMinute >= perMinute || lastHour >= perHour)
        {
            return Result.Invalid(nameof(Input.Body), CommentRules.Messages.TooFast);
        }

        var body = input.Body!.Trim();
        var comment = parent is null ? Comment.Start(target.Kind, target.Id, member!, body, now) : parent.ReplyBy(member!, body, now);
        var site = await settings.GetAsync(cancellationToken);
        var firstComment = site.HoldFirstComment && !poster.HasPublished;
        if (firstComment || CommentText.CountLinks(body) > site.HoldAboveLinks)
        {
            comment.Status = CommentStatus.Pending;
        }
        db.Comments.Add(comment);
        if (comment.Status == CommentStatus.Published && parent is not null)
        {
            notifier.Notify(comment, parent, target, repliedTo!.Author, member!);
        }
        await db.SaveChangesAsync(cancellationToken);
        await targets.EvictAsync(target, cancellationToken);
        return Result.Ok(new Posted(comment, target, repliedTo is null ? null : CommentThreadQuery.PageAfter(repliedTo.TopLevelBefore)));
    }
}
