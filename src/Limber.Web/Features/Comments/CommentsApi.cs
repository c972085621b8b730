using System.ComponentModel;
using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Limber.Features.Comments;

/// <summary>
/// Threads as nested JSON, and posting, editing and deleting for signed-in members (same rules as the
/// page), on every kind of content that registers as a comment target: <c>/api/v1/{kind}/{slug}/comments</c>
/// where the kind is the content's address word (<see cref="ICommentTargetSource.Collection"/>: articles, workouts).
/// </summary>
public static class CommentsApi
{
    public static void MapCommentsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Comments");
        api.MapGet("/{kind}/{slug}/comments", GetThreadAsync).WithName("GetComments")
            .WithSummary("Gets a page of the thread on a piece of content (kind: e.g. articles, workouts): 50 top-level comments a page, each with all its replies nested.")
            .WithDescription("Readers who may not read the content in full (members or premium) get the count and no comments.");
        var write = api.MapGroup("/").RequireAuthorization().AddEndpointFilter<AntiforgeryFilter>()
            .RequireRateLimiting(Infrastructure.Security.RateLimits.Posting);
        write.MapPost("/{kind}/{slug}/comments", PostAsync).WithName("PostComment").WithSummary("Posts a comment on a piece of content (kind: e.g. articles, workouts).");
        write.MapPost("/comments/{id:guid}/replies", ReplyAsync).WithName("PostReply").WithSummary("Replies to a comment.");
        write.MapPatch("/comments/{id:guid}", EditAsync).WithName("EditComment").WithSummary("Edits one's own comment.");
        write.MapDelete("/comments/{id:guid}", DeleteAsync).WithName("DeleteComment").WithSummary("Deletes one's own comment.");
    }

    private const string KindIs = "The kind of content, as in its own address: e.g. articles, workouts.";

    private static async Task<Results<Ok<CommentThreadResponse>, ValidationProblem, ProblemHttpResult>> GetThreadAsync(
        [Description(KindIs)] string kind, string slug, string? page, ClaimsPrincipal user, CommentTargets targets, CommentThreadQuery threads, CancellationToken cancellationToken)
    {
        var request = PageRequest.Parse(page, null, CommentThreadQuery.TopLevelPerPage, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await targets.LiveAsync(kind, slug, cancellationToken) is not { } target)
        {
            return NoSuch(targets, kind, slug);
        }
        var thread = await threads.LoadForAsync(user, target, request.Page, cancellationToken);
        return TypedResults.Ok(CommentThreadResponse.From(thread));
    }

    private static async Task<Results<Created<CommentResponse>, ProblemHttpResult, UseCaseProblem>> PostAsync(
        [Description(KindIs)] string kind, string slug, PostCommentRequest request, ClaimsPrincipal user, CommentTargets targets, PostComment post, CancellationToken cancellationToken)
    {
        if (await targets.LiveAsync(kind, slug, cancellationToken) is not { } target)
        {
            return NoSuch(targets, kind, slug);
        }
        return Created(await post.HandleAsync(user, new PostComment.Input(target, null, request.Body), cancellationToken));
    }

    private static async Task<Results<Created<CommentResponse>, ProblemHttpResult, UseCaseProblem>> ReplyAsync(
        Guid id, PostCommentRequest request, ClaimsPrincipal user, PostComment post, CancellationToken cancellationToken) =>
        Created(await post.HandleAsync(user, new PostComment.Input(null, id, request.Body), cancellationToken));

    private static async Task<Results<NoContent, UseCaseProblem>> EditAsync(
        Guid id, PostCommentRequest request, ClaimsPrincipal user, ChangeOwnComment change, CancellationToken cancellationToken) =>
        await change.EditAsync(user.UserId()!.Value, id, request.Body, null, cancellationToken) is { Succeeded: false } failed
            ? failed.ToProblem()
            : TypedResults.NoContent();

    private static async Task<Results<NoContent, UseCaseProblem>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ChangeOwnComment change, CancellationToken cancellationToken) =>
        await change.DeleteAsync(user.UserId()!.Value, id, null, cancellationToken) is { Succeeded: false } failed
            ? failed.ToProblem()
            : TypedResults.NoContent();

    private static Results<Created<CommentResponse>, ProblemHttpResult, UseCaseProblem> Created(Result<PostComment.Posted> posted) =>
        posted.Succeeded
            ? TypedResults.Created($"/api/v1/comments/{posted.Value.Comment.Id}", CommentResponse.Posted(posted.Value.Comment))
            : posted.ToProblem();

    private static ProblemHttpResult NoSuch(CommentTargets targets, string kind, string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: targets.InCollection(kind) is null
            ? $"'{kind}' takes no comments; these do: {string.Join(", ", targets.All.Select(t => t.Collection))}."
            : $"There is nothing published at '{kind}/{slug}'.");
}

public sealed record PostCommentRequest(string? Body);

public sealed record CommentAuthorResponse(string Name, string? Location, bool IsPrivate, string? AvatarUrl);

public sealed record CommentResponse(
    Guid Id,
    Guid? ParentId,
    CommentAuthorResponse? Author,
    DateTime CreatedAt,
    DateTime? EditedAt,
    string? Body,
    string? BodyHtml,
    string? Placeholder,
    bool Pending,
    List<CommentResponse> Replies)
{
    public static CommentResponse Posted(Comment c) =>
        new(c.Id, c.ParentId, null, c.CreatedAtUtc, c.EditedAtUtc, c.Body, CommentText.ToHtml(c.Body), null, c.Status == CommentStatus.Pending, []);
}

public sealed record CommentThreadResponse(int Count, int Page, int PageCount, List<CommentResponse> Items)
{
    /// <summary>Nests the flat, path-ordered page: each comment goes under its parent.</summary>
    public static CommentThreadResponse From(CommentThread thread)
    {
        var byId = new Dictionary<Guid, CommentResponse>();
        var roots = new List<CommentResponse>();
        foreach (var v in thread.Items)
        {
            var author = v.Placeholder is not null ? null : new CommentAuthorResponse(v.AuthorName, v.Location, v.Avatar.IsPrivate,
                v.Avatar.PictureKey is null ? null : AvatarStore.Url(v.Avatar.Id, v.Avatar.PictureKey, 64));
            var response = new CommentResponse(v.Id, v.ParentId, author, v.CreatedAtUtc, v.EditedAtUtc,
                v.Placeholder is null ? v.Body : null, v.Html, v.Placeholder, v.IsPending, []);
            byId[v.Id] = response;
            if (v.ParentId is { } parent && byId.TryGetValue(parent, out var parentResponse))
            {
                parentResponse.Replies.Add(response);
            }
            else
            {
                roots.Add(response);
            }
        }
        return new CommentThreadResponse(thread.Count, thread.Page, thread.PageCount, roots);
    }
}
