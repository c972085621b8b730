using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Notifications;
using Limber.Features.Settings;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Comments;

/// <summary>
/// A member posts a comment or a reply. It is published, or held for a moderator (first comment when
/// the site asks, too many links); a published reply tells the parent's author, once.
/// </summary>
public sealed class PostComment(AppDbContext db, CommentRules rules, SiteSettingsReader settings,
    ReplyNotifier notifier, Infrastructure.Web.PageCacheEvictions cache, IOptions<RateLimitOptions> limits, TimeProvider clock)
{
    /// <summary>A comment on the live article <paramref name="ArticleSlug"/>, or a reply to <paramref name="ParentId"/> (on its article when no slug is given).</summary>
    public sealed record Input(string? ArticleSlug, Guid? ParentId, string? Body);

    /// <summary>The comment (published or held), or the reason it was refused; NotFound when the article or parent is not there.</summary>
    /// <param name="Article">The article commented on; null when there is no such live article.</param>
    /// <param name="AboutTheText">The error is about what was typed (empty, too long, too fast): the member fixes it and posts again.</param>
    /// <param name="Page">The page of the thread the comment is on, when the post already knew it (a reply's, counted with its parent).</param>
    public sealed record Result(Comment? Comment, string? Error, bool NotFound = false, bool AboutTheText = false, CommentTarget? Article = null, int? Page = null);

    public async Task<Result> HandleAsync(ClaimsPrincipal principal, Input input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // One connection for the post's several round trips, kept until the request ends: EF would open and close
        // it around each, and Microsoft.Data.Sqlite registers EF's SQL functions again on every open. Only here:
        // held for a whole page, through its rendering, the signed-in article page measured slower.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var article = input.ArticleSlug is { } slug
            ? await PostingQueries.TargetBySlug(db, slug, now, cancellationToken)
            : input.ParentId is { } replyTo ? await PostingQueries.TargetOfComment(db, replyTo, now, cancellationToken) : null;
        if (article is null)
        {
            return new Result(null, null, NotFound: true);
        }
        var perMinute = limits.Value.CommentsPerMemberPerMinute;
        var perHour = limits.Value.CommentsPerMemberPerHour;
        // The member with what the rules count about them, in one round trip.
        var poster = principal.UserId() is { } memberId ? await PostingQueries.PosterById(db, memberId, now.AddHours(-1), perHour, cancellationToken) : null;
        var member = poster?.Member;
        if (await rules.WhyNotAsync(member, principal, article, cancellationToken) is { } why)
        {
            return new Result(null, why, Article: article);
        }
        if (CommentRules.CheckBody(input.Body) is { } bodyError)
        {
            return new Result(null, bodyError, AboutTheText: true, Article: article);
        }
        PostingQueries.Parent? repliedTo = null;
        if (input.ParentId is { } parentId)
        {
            // With its author, the person the notifier tells.
            repliedTo = await PostingQueries.RepliedTo(db, parentId, article.Id, cancellationToken);
            if (repliedTo is null || repliedTo.Comment.Depth + 1 > Comment.MaxDepth)
            {
                return new Result(null, CommentRules.Messages.GoneParent, NotFound: repliedTo is null, Article: article);
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
            return new Result(null, CommentRules.Messages.TooFast, AboutTheText: true, Article: article);
        }

        var body = input.Body!.Trim();
        var comment = parent is null ? Comment.Start(article.Id, member!, body, now) : parent.ReplyBy(member!, body, now);
        var site = await settings.GetAsync(cancellationToken);
        var firstComment = site.HoldFirstComment && !poster.HasPublished;
        if (firstComment || CommentText.CountLinks(body) > site.HoldAboveLinks)
        {
            comment.Status = CommentStatus.Pending;
        }
        db.Comments.Add(comment);
        if (comment.Status == CommentStatus.Published && parent is not null)
        {
            notifier.Notify(comment, parent, article, repliedTo!.Author, member!);
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.ArticleChangedAsync(article.Slug, cancellationToken);
        return new Result(comment, null, Article: article, Page: repliedTo is null ? null : CommentThreadQuery.PageAfter(repliedTo.TopLevelBefore));
    }
}
