using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>
/// Builds the thread a content page shows (<see cref="CommentThreadView"/>): the one line a page
/// needs to have comments. It reads the thread's own part of the address (<c>?page=</c>,
/// <c>?replyTo=</c>, <c>?edit=</c>, <c>?notice=</c>), asks <see cref="CommentRules"/> whether the
/// reader may comment and <see cref="CommentThreadQuery"/> for what they may see.
/// </summary>
public sealed class CommentThreadViews(AppDbContext db, CommentTargets targets, CommentThreadQuery threads, CommentRules rules)
{
    /// <param name="viewer">The signed-in reader when the page already loaded them (one round trip fewer); looked up otherwise.</param>
    /// <param name="draft">A post that came back with something to fix: its form is open, on the page of the thread it belongs to.</param>
    public async Task<CommentThreadView> ForAsync(HttpContext http, CommentTarget target, AppUser? viewer, CancellationToken cancellationToken,
        CommentDraft? draft = null)
    {
        var user = http.User;
        if (viewer is null && user.UserId() is { } id)
        {
            viewer = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        }
        var query = http.Request.Query;
        var page = PageRequest.Lenient(query["page"], CommentThreadQuery.TopLevelPerPage).Page;
        if (draft is { } d && (d.ReplyTo ?? d.Edit) is { } anchor)
        {
            page = await threads.PageOfAsync(target, anchor, cancellationToken);
        }
        var blocker = await rules.WhyNotAsync(viewer, user, target, cancellationToken);
        var thread = await threads.LoadForAsync(user, target, page, cancellationToken);
        var collection = targets.OfKind(target.Kind)?.Collection ?? throw new InvalidOperationException($"No comment target registers the kind '{target.Kind}'.");
        return new CommentThreadView(
            target,
            $"/comments/{collection}/{Uri.EscapeDataString(target.Slug)}",
            thread,
            blocker,
            viewer is not null,
            draft is null ? GuidOrNull(query["replyTo"]) : draft.ReplyTo,
            draft is null ? GuidOrNull(query["edit"]) : draft.Edit,
            draft is null ? CommentThreadView.FlashFor(query["notice"]) : null,
            draft,
            // Only a signed-in page is the reader's own: a visitor's is cached and served to every visitor.
            viewer is null ? TimeZoneInfo.Utc : Times.Zone(viewer.TimeZone));
    }

    private static Guid? GuidOrNull(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
