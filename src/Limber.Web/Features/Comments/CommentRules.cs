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
        /// <summary>The kind is the word readers see: "Comments are closed for this workout."</summary>
        public static string Closed(string kind) => $"Comments are closed for this {kind}.";
        public const string SignIn = "You must be logged in to add a comment.";
        public const string Unconfirmed = "Confirm your email address to comment. We sent you a link when you registered.";
        public const string Suspended = "A moderator has paused your commenting. If you think this is a mistake, contact the site.";
        public static string NoAccess(string kind) => $"Comments on this {kind} are for readers who can open all of it.";
        public const string Empty = "Write something first.";
        public static string TooLong(int length) => $"Comments are at most 5,000 characters; this one has {length:N0}.";
        public const string GoneParent = "That comment is no longer there to reply to.";
        public const string TooDeep = "This conversation is as deep as it goes: reply to a comment higher up.";
        public const string NoSuchContent = "There is no such published content to comment on.";
        public const string TooFast = "You are posting very quickly. Wait a minute, then post again (your text is still here).";
        public const string Held = "Thanks! Your comment will appear once a moderator has approved it.";
    }

    /// <summary>
    /// Whether the content takes comments at all now: live, the site setting, its own switch, and
    /// close-after-days (counted from its publish date; content without one does not close by age).
    /// </summary>
    public async Task<bool> IsOpenAsync(CommentTarget target, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        if (!target.IsLive || !site.CommentsEnabled || !target.CommentsEnabled)
        {
            return false;
        }
        return site.CloseCommentsAfterDays is not { } days || target.PublishedAtUtc is not { } published
            || published.AddDays(days) > clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>Null when <paramref name="member"/> may comment on <paramref name="target"/>, else the reason to show.</summary>
    public async Task<string?> WhyNotAsync(AppUser? member, ClaimsPrincipal principal, CommentTarget target, CancellationToken cancellationToken) =>
        !await IsOpenAsync(target, cancellationToken) ? Messages.Closed(target.Kind)
        : member is null ? Messages.SignIn
        : !member.EmailConfirmed ? Messages.Unconfirmed
        : member.CommentingSuspended ? Messages.Suspended
        : !await access.CanReadAsync(principal, target.Visibility, cancellationToken) ? Messages.NoAccess(target.Kind)
        : null;

    /// <summary>Null when the text is acceptable, else what to fix. Text is kept exactly as typed (only checked trimmed).</summary>
    public static string? CheckBody(string? body) =>
        string.IsNullOrWhiteSpace(body) ? Messages.Empty
        : body.Trim().Length > Comment.BodyMaxLength ? Messages.TooLong(body.Trim().Length)
        : null;
}
