using System.Net;
using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Memberships;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace Limber.Features.Notifications;

/// <summary>
/// Tells a comment's author that someone replied: an in-app notification and, unless they turned it
/// off, an email through the job queue. Added to the caller's unit of work; never for replying to
/// oneself, never twice for the same reply.
/// </summary>
public sealed class ReplyNotifier(AppDbContext db, JobQueue jobs, UnsubscribeLinks unsubscribe, SiteUrls urls,
    IOptions<LimberOptions> site, TimeProvider clock)
{
    public async Task NotifyAsync(Comment reply, Comment parent, CommentTarget target, CancellationToken cancellationToken)
    {
        AppUser? recipient = null, replier = null;
        if (parent.AuthorId is { } recipientId && recipientId != reply.AuthorId)
        {
            recipient = await db.Users.FindAsync([recipientId], cancellationToken);
            replier = await db.Users.FindAsync([reply.AuthorId], cancellationToken);
        }
        Notify(reply, parent, target, recipient, replier);
    }

    /// <summary>The same, when the caller has already loaded the parent's author (<paramref name="recipient"/>) and the replier.</summary>
    public void Notify(Comment reply, Comment parent, CommentTarget target, AppUser? recipient, AppUser? replier)
    {
        reply.ReplyNotified = true;
        if (parent.AuthorId is null || parent.AuthorId == reply.AuthorId || recipient is null || replier is null)
        {
            return;
        }
        var link = $"{target.Path}#comment-{reply.Id}";
        // Under premium content the reply's words are shown only on the page, which checks access as
        // it is then: the member answered may have let their Premium lapse since they commented.
        var quoted = target.Visibility != Visibility.Premium;
        var excerpt = quoted ? CommentText.Excerpt(reply.Body) : "";
        db.Notifications.Add(new Notification
        {
            RecipientId = recipient.Id,
            Link = link,
            ActorName = replier.PublicName,
            TargetKind = target.Kind,
            TargetTitle = target.Title.Length > Notification.TitleMaxLength ? target.Title[..Notification.TitleMaxLength] : target.Title,
            Excerpt = excerpt,
            CommentId = reply.Id,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        if (!recipient.EmailOnReply || !recipient.EmailConfirmed)
        {
            return;
        }
        var absolute = urls.Absolute(link);
        var stop = urls.Absolute($"/unsubscribe?token={unsubscribe.TokenFor(recipient.Id)}");
        var subject = $"{replier.PublicName} replied to your comment on “{target.Title}”";
        var text = (quoted ? $"{replier.PublicName} replied to your comment on “{target.Title}”:\n\n{reply.Body}\n\n" : $"{replier.PublicName} replied to your comment on “{target.Title}”.\n\n") +
            $"Read and reply: {absolute}\n\n— {site.Value.SiteName}\nStop these emails: {stop}\n";
        var quote = quoted
            ? $"<blockquote style=\"margin:0;padding:8px 16px;border-left:4px solid #0f766e;color:#44403c\">{CommentText.ToHtml(reply.Body)}</blockquote>"
            : "";
        var html = $"""
            <!DOCTYPE html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917">
            <p><strong>{WebUtility.HtmlEncode(replier.PublicName)}</strong> replied to your comment on “{WebUtility.HtmlEncode(target.Title)}”{(quoted ? ":" : ".")}</p>
            {quote}
            <p><a href="{WebUtility.HtmlEncode(absolute)}" style="display:inline-block;background:#0f766e;color:#fff;padding:10px 18px;border-radius:999px;text-decoration:none;font-weight:600">Read and reply</a></p>
            <p style="color:#57534e;font-size:13px">— {WebUtility.HtmlEncode(site.Value.SiteName)} · <a href="{WebUtility.HtmlEncode(stop)}" style="color:#57534e">Stop emails about replies</a></p>
            </body></html>
            """;
        jobs.Enqueue(EmailJob.Kind, new EmailMessage(recipient.Email!, recipient.DisplayName, subject, text, html, stop));
    }
}
