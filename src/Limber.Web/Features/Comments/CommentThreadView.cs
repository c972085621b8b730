using Limber.Infrastructure.Web;

namespace Limber.Features.Comments;

/// <summary>
/// What the thread partial draws (<see cref="Partial"/>): a page of the thread on one piece of
/// content, as one reader sees it, with the form they are writing in. Built by
/// <see cref="CommentThreadViews"/>; a content page only shows it.
/// </summary>
/// <param name="PostPath">Where the thread's forms post (<c>/comments/articles/slug</c>, <see cref="ThreadModel"/>).</param>
/// <param name="Blocker">Why the reader cannot comment (null when they can).</param>
/// <param name="ReplyTo">The comment whose reply form is open (<c>?replyTo=</c>, or the draft's).</param>
/// <param name="Edit">The reader's own comment being edited (<c>?edit=</c>, or the draft's).</param>
/// <param name="Flash">What the last action did (held, reported, deleted).</param>
/// <param name="Draft">What the reader typed, when a post came back with something to fix.</param>
/// <param name="Zone">The signed-in reader's time zone for the comments' times; UTC for visitors, whose pages are cached for all.</param>
public sealed record CommentThreadView(
    CommentTarget Target,
    string PostPath,
    CommentThread Thread,
    string? Blocker,
    bool SignedIn,
    Guid? ReplyTo,
    Guid? Edit,
    string? Flash,
    CommentDraft? Draft,
    TimeZoneInfo Zone)
{
    /// <summary>The partial's path: <c>&lt;partial name="@CommentThreadView.Partial" model="Model.Comments" /&gt;</c>.</summary>
    public const string Partial = "~/Features/Comments/_CommentThread.cshtml";

    /// <summary>The words a notice in the address stands for (kept in the address, not a cookie, so pages stay cacheable).</summary>
    public static string? FlashFor(string? notice) => notice switch
    {
        "held" => CommentRules.Messages.Held,
        "reported" => ReportComment.Thanks,
        "deleted" => "Your comment was deleted.",
        _ => null,
    };

    public string Heading => Thread.Heading(Target.Title);

    /// <summary>
    /// The draft's own place in the thread, when that form is on this page: its reply form or its edit
    /// form. Otherwise (a new comment, or the comment it answered is gone) the new-comment form holds it.
    /// </summary>
    public bool DraftIsInline => Draft is { } d && (d.ReplyTo ?? d.Edit) is { } id && Thread.Items.Any(c => c.Id == id && (d.Edit is null || c.IsOwn));

    /// <summary>The text and the error for the form of <paramref name="replyTo"/> / <paramref name="edit"/> (both null: the new-comment form).</summary>
    public (string? Body, string? Error) DraftFor(Guid? replyTo, Guid? edit)
    {
        if (Draft is not { } d)
        {
            return (null, null);
        }
        var inline = DraftIsInline;
        var mine = replyTo is null && edit is null ? !inline : inline && d.ReplyTo == replyTo && d.Edit == edit;
        return mine ? (d.Body, d.Error) : (null, null);
    }

    /// <summary>A link to the content's page of the thread, keeping the page number: <c>/articles/slug?page=2&amp;replyTo=…#reply-…</c>.</summary>
    public string Link(string? query = null, string fragment = "comments", int? page = null)
    {
        var parts = new List<string>();
        if ((page ?? Thread.Page) > 1)
        {
            parts.Add($"page={page ?? Thread.Page}");
        }
        if (query is not null)
        {
            parts.Add(query);
        }
        return $"{Target.Path}{(parts.Count > 0 ? "?" + string.Join("&", parts) : "")}#{fragment}";
    }

    /// <summary>A form's address: <c>/comments/articles/slug?handler=EditComment&amp;id=…</c>.</summary>
    public string PostTo(string handler, Guid? id = null, Guid? replyTo = null) =>
        $"{PostPath}?handler={handler}{(id is null ? "" : $"&id={id}")}{(replyTo is null ? "" : $"&replyTo={replyTo}")}";

    /// <summary>A comment's time as the reader reads it (their zone); the machine-readable value stays UTC.</summary>
    public string Shown(DateTime utc) => Times.Local(utc, Zone).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A comment being written that came back with something to fix: which form, the text as typed, and what to fix.</summary>
public sealed record CommentDraft(Guid? ReplyTo, Guid? Edit, string? Body, string? Error);
