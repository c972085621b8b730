using Limber.Features.Accounts;
using Limber.Features.Shared;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Comments;

/// <summary>
/// <c>/comments/{collection}/{slug}</c>: where the thread's forms post, for every kind of content
/// (no JavaScript needed). A post that works goes back to the content's page, at the comment; one
/// with something to fix is shown here, in the thread, with what was typed and what to fix.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.Security.RateLimits.Posting)]
public sealed class ThreadModel(CommentTargets targets, CommentThreadViews views, CommentThreadQuery threads) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ReplyTo { get; set; }

    /// <summary>The text of the comment, reply or edit being posted.</summary>
    [BindProperty]
    public string? Body { get; set; }

    public CommentThreadView Comments { get; private set; } = null!;

    /// <summary>Nothing to show here by itself: the thread lives on its content's page.</summary>
    public async Task<IActionResult> OnGetAsync(string collection, string slug, CancellationToken cancellationToken) =>
        await targets.LiveAsync(collection, slug, cancellationToken) is { } target ? Redirect($"{target.Path}#comments") : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(string collection, string slug, [FromServices] PostComment post, CancellationToken cancellationToken)
    {
        if (await targets.LiveAsync(collection, slug, cancellationToken) is not { } target)
        {
            return NotFound();
        }
        var posted = await post.HandleAsync(User, new PostComment.Input(target, ReplyTo, Body), cancellationToken);
        if (posted.Succeeded)
        {
            var (comment, _, page) = posted.Value;
            return await ToCommentAsync(target, comment.Id, cancellationToken, comment.Status == CommentStatus.Pending ? "held" : null, page);
        }
        if (posted.Kind == ResultKind.NotFound)
        {
            // The content is there, so the comment replied to is gone, and its reply form with it: the text and why
            // come back in the form for a new comment, which can still post it.
            return await ShowAgainAsync(target, new CommentDraft(null, null, Body, posted.Reason ?? CommentRules.Messages.GoneParent), cancellationToken);
        }
        return await ShowAgainAsync(target, this.Failed(posted), new CommentDraft(ReplyTo, null, Body, null), cancellationToken);
    }

    public async Task<IActionResult> OnPostEditCommentAsync(string collection, string slug, Guid id, [FromServices] ChangeOwnComment change,
        CancellationToken cancellationToken)
    {
        if (await targets.LiveAsync(collection, slug, cancellationToken) is not { } target || User.UserId() is not { } me)
        {
            return NotFound();
        }
        var edited = await change.EditAsync(me, id, Body, target, cancellationToken);
        return edited.Succeeded
            ? await ToCommentAsync(target, id, cancellationToken)
            : await ShowAgainAsync(target, this.Failed(edited), new CommentDraft(null, id, Body, null), cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteCommentAsync(string collection, string slug, Guid id, [FromServices] ChangeOwnComment change,
        CancellationToken cancellationToken)
    {
        if (await targets.LiveAsync(collection, slug, cancellationToken) is not { } target || User.UserId() is not { } me)
        {
            return NotFound();
        }
        var deleted = await change.DeleteAsync(me, id, target, cancellationToken);
        return deleted.Succeeded ? Redirect($"{target.Path}?notice=deleted#comments") : this.Failed(deleted);
    }

    public async Task<IActionResult> OnPostReportCommentAsync(string collection, string slug, Guid id, [FromServices] ReportComment report,
        CancellationToken cancellationToken)
    {
        if (await targets.LiveAsync(collection, slug, cancellationToken) is not { } target || User.UserId() is not { } me)
        {
            return NotFound();
        }
        var reported = await report.HandleAsync(me, id, target, cancellationToken);
        return reported.Succeeded ? await ToCommentAsync(target, id, cancellationToken, "reported") : this.Failed(reported);
    }

    /// <summary>To the comment on its page of the thread; <paramref name="page"/> when the caller already knows it.</summary>
    private async Task<RedirectResult> ToCommentAsync(CommentTarget target, Guid commentId, CancellationToken cancellationToken,
        string? notice = null, int? page = null)
    {
        page ??= await threads.PageOfAsync(target, commentId, cancellationToken);
        var query = new List<string>();
        if (page > 1)
        {
            query.Add($"page={page}");
        }
        if (notice is not null)
        {
            query.Add($"notice={notice}");
        }
        return Redirect($"{target.Path}{(query.Count > 0 ? "?" + string.Join("&", query) : "")}#comment-{commentId}");
    }

    /// <summary>
    /// The thread again with the draft in its form, when <paramref name="failed"/> is this page with what to fix
    /// (<see cref="ResultPages.Failed"/> put it in the model state); a 404 or a challenge stays what it is.
    /// </summary>
    private async Task<IActionResult> ShowAgainAsync(CommentTarget target, IActionResult failed, CommentDraft draft, CancellationToken cancellationToken) =>
        failed is PageResult ? await ShowAgainAsync(target, draft with { Error = ErrorFor(nameof(Body)) }, cancellationToken) : failed;

    private async Task<IActionResult> ShowAgainAsync(CommentTarget target, CommentDraft draft, CancellationToken cancellationToken)
    {
        Comments = await views.ForAsync(HttpContext, target, null, cancellationToken, draft);
        ViewData[nameof(PageMeta)] = new PageMeta($"Comments on {target.Title}", null, target.Path);
        return Page();
    }

    private string? ErrorFor(string field) =>
        ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage ?? ModelState[""]?.Errors.FirstOrDefault()?.ErrorMessage;
}
