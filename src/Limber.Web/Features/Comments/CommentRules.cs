using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Features.Settings;

namespace Limber.Features.Comments;

/// <summary>Who may comment where, and why not: one answer for the page (what to show) and the use cases (what to refuse).</summary>
public sealed class CommentRules(SiteSettingsReader settings, MemberAccess access, TimeProvider clock)
{
    public static class Messages
    {
        public const string Closed = "Comments are closed for this article.";
        public const string SignIn = "You must be logged in to add a comment.";
        public const string Unconfirmed = "Confirm your email address to comment. We sent you a link when you registered.";
        public const string Suspended = "A moderator has paused your commenting. If you think this is a mistake, contact the site.";
        public const string NoAccess = "Comments on this article are for readers who can read all of it.";
        public const string Empty = "Write something first.";
        public static string TooLong(int length) => $"Comments are at most 5,000 characters; this one has {length:N0}.";
        public const string GoneParent = "That comment is no longer there to reply to.";
        public const string TooFast = "You are posting very quickly. Wait a minute, then post again (your text is still here).";
        public const string Held = "Thanks! Your comment will appear once a moderator has approved it.";
    }

    /// <summary>Whether the article takes comments at all now (site setting, article switch, close-after-days).</summary>
    public async Task<bool> IsOpenAsync(CommentTarget article, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        if (!site.CommentsEnabled || !article.CommentsEnabled)
        {
            return false;
        }
        return site.CloseCommentsAfterDays is not { } days || article.PublishedAtUtc is not { } published
            || published.AddDays(days) > clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>Null when <paramref name="member"/> may comment on <paramref name="article"/>, else the reason to show.</summary>
    public async Task<string?> WhyNotAsync(AppUser? member, ClaimsPrincipal principal, CommentTarget article, CancellationToken cancellationToken) =>
        !await IsOpenAsync(article, cancellationToken) ? Messages.Closed
        : member is null ? Messages.SignIn
        : !member.EmailConfirmed ? Messages.Unconfirmed
        : member.CommentingSuspended ? Messages.Suspended
        : !await access.CanReadAsync(principal, article.Visibility, cancellationToken) ? Messages.NoAccess
        : null;

    /// <summary>Null when the text is acceptable, else what to fix. Text is kept exactly as typed (only checked trimmed).</summary>
    public static string? CheckBody(string? body) =>
        string.IsNullOrWhiteSpace(body) ? Messages.Empty
        : body.Trim().Length > Comment.BodyMaxLength ? Messages.TooLong(body.Trim().Length)
        : null;
}
