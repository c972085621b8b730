using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Articles;
using Limber.Features.Notifications;
using Limber.Features.Settings;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Comments;

/// <summary>
/// A member posts a comment or a reply. It is published, or held for a moderator (first comment when
/// the site asks, too many links); a published reply tells the parent's author, once.
/// </summary>
public sealed class PostComment(AppDbContext db, UserManager<AppUser> users, CommentRules rules, SiteSettingsReader settings,
    ReplyNotifier notifier, Infrastructure.Web.PageCacheEvictions cache, IOptions<RateLimitOptions> limits, TimeProvider clock)
{
    public sealed record Input(Guid ArticleId, Guid? ParentId, string? Body);

    /// <summary>The comment (published or held), or the reason it was refused; NotFound when the article or parent is not there.</summary>
    /// <param name="AboutTheText">The error is about what was typed (empty, too long, too fast): the member fixes it and posts again.</param>
    public sealed record Result(Comment? Comment, string? Error, bool NotFound = false, bool AboutTheText = false);

    public async Task<Result> HandleAsync(ClaimsPrincipal principal, Input input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // One connection for the post's several round trips, kept until the request ends: EF would open and close
        // it around each, and Microsoft.Data.Sqlite registers EF's SQL functions again on every open. Only here:
        // held for a whole page, through its rendering, the signed-in article page measured slower.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var article = await db.Articles.Live(now).Where(a => a.Id == input.ArticleId).Select(CommentTarget.FromArticle).SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return new Result(null, null, NotFound: true);
        }
        var member = await users.GetUserAsync(principal);
        if (await rules.WhyNotAsync(member, principal, article, cancellationToken) is { } why)
        {
            return new Result(null, why);
        }
        if (CommentRules.CheckBody(input.Body) is { } bodyError)
        {
            return new Result(null, bodyError, AboutTheText: true);
        }
        Comment? parent = null;
        if (input.ParentId is { } parentId)
        {
            // With its author: the notifier's lookup of the person to tell then finds them already loaded.
            parent = await db.Comments.Include(c => c.Author).SingleOrDefaultAsync(c => c.Id == parentId && c.ArticleId == article.Id
                && (c.Status == CommentStatus.Published || c.Status == CommentStatus.Removed), cancellationToken);
            if (parent is null || parent.Depth + 1 > Comment.MaxDepth)
            {
                return new Result(null, CommentRules.Messages.GoneParent, NotFound: parent is null);
            }
        }
        var perMinute = limits.Value.CommentsPerMemberPerMinute;
        var perHour = limits.Value.CommentsPerMemberPerHour;
        // Bounds as locals: EF turns a captured variable into a parameter cheaply, but compiles a method call such as now.AddHours(-1) at every execution.
        var (memberId, hourAgo, minuteAgo) = (member!.Id, now.AddHours(-1), now.AddMinutes(-1));
        // Counting stops at the limit: reaching it is all that matters, however much a member has posted.
        var lastHour = await db.Comments.Where(c => c.AuthorId == memberId && c.CreatedAtUtc > hourAgo).Take(perHour).CountAsync(cancellationToken);
        var lastMinute = lastHour < perMinute ? lastHour
            : await db.Comments.CountAsync(c => c.AuthorId == memberId && c.CreatedAtUtc > minuteAgo, cancellationToken);
        if (lastMinute >= perMinute || lastHour >= perHour)
        {
            return new Result(null, CommentRules.Messages.TooFast, AboutTheText: true);
        }

        var body = input.Body!.Trim();
        var comment = parent is null ? Comment.Start(article.Id, member!, body, now) : parent.ReplyBy(member!, body, now);
        var site = await settings.GetAsync(cancellationToken);
        var firstComment = site.HoldFirstComment
            && !await db.Comments.AnyAsync(c => c.AuthorId == memberId && c.Status == CommentStatus.Published, cancellationToken);
        if (firstComment || CommentText.CountLinks(body) > site.HoldAboveLinks)
        {
            comment.Status = CommentStatus.Pending;
        }
        db.Comments.Add(comment);
        if (comment.Status == CommentStatus.Published && parent is not null)
        {
            await notifier.NotifyAsync(comment, parent, article, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.ArticleChangedAsync(article.Slug, cancellationToken);
        return new Result(comment, null);
    }
}
