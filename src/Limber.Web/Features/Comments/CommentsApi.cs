using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Limber.Features.Comments;

/// <summary>Threads as nested JSON, and posting, editing and deleting for signed-in members (same rules as the page).</summary>
public static class CommentsApi
{
    public static void MapCommentsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Comments");
        api.MapGet("/articles/{slug}/comments", GetThreadAsync).WithName("GetComments")
            .WithSummary("Gets a page of an article's thread: 50 top-level comments a page, each with all its replies nested.")
            .WithDescription("Readers who may not read the article in full (members or premium) get the count and no comments.");
        var write = api.MapGroup("/").RequireAuthorization().AddEndpointFilter<AntiforgeryFilter>()
            .RequireRateLimiting(Infrastructure.Security.RateLimits.Posting);
        write.MapPost("/articles/{slug}/comments", PostAsync).WithName("PostComment").WithSummary("Posts a comment on an article.");
        write.MapPost("/comments/{id:guid}/replies", ReplyAsync).WithName("PostReply").WithSummary("Replies to a comment.");
        write.MapPatch("/comments/{id:guid}", EditAsync).WithName("EditComment").WithSummary("Edits one's own comment.");
        write.MapDelete("/comments/{id:guid}", DeleteAsync).WithName("DeleteComment").WithSummary("Deletes one's own comment.");
    }

    private static async Task<Results<Ok<CommentThreadResponse>, ValidationProblem, ProblemHttpResult>> GetThreadAsync(
        string slug, string? page, ClaimsPrincipal user, AppDbContext db, CommentThreadQuery threads, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = PageRequest.Parse(page, null, CommentThreadQuery.TopLevelPerPage, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var article = await PostingQueries.TargetBySlug(db, slug, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (article is null)
        {
            return NotFound($"There is no published article with the slug '{slug}'.");
        }
        var thread = await threads.LoadForAsync(user, article, request.Page, cancellationToken);
        return TypedResults.Ok(CommentThreadResponse.From(thread));
    }

    private static async Task<Results<Created<CommentResponse>, ValidationProblem, ProblemHttpResult>> PostAsync(
        string slug, PostCommentRequest request, ClaimsPrincipal user, PostComment post, CancellationToken cancellationToken)
    {
        var result = await post.HandleAsync(user, new PostComment.Input(slug, null, request.Body), cancellationToken);
        return result.Article is null ? NotFound($"There is no published article with the slug '{slug}'.") : ToResult(result);
    }

    private static async Task<Results<Created<CommentResponse>, ValidationProblem, ProblemHttpResult>> ReplyAsync(
        Guid id, PostCommentRequest request, ClaimsPrincipal user, PostComment post, CancellationToken cancellationToken)
    {
        var result = await post.HandleAsync(user, new PostComment.Input(null, id, request.Body), cancellationToken);
        return result.Article is null ? NotFound("There is no such comment on a published article.") : ToResult(result);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid id, PostCommentRequest request, ClaimsPrincipal user, ChangeOwnComment change, CancellationToken cancellationToken) =>
        await change.EditAsync(user.UserId()!.Value, id, request.Body, cancellationToken) switch
        {
            null => NotFound("There is no such comment of yours."),
            "" => TypedResults.NoContent(),
            var error => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [error] }),
        };

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ChangeOwnComment change, CancellationToken cancellationToken) =>
        await change.DeleteAsync(user.UserId()!.Value, id, cancellationToken) ? TypedResults.NoContent() : NotFound("There is no such comment of yours.");

    private static Results<Created<CommentResponse>, ValidationProblem, ProblemHttpResult> ToResult(PostComment.Result result) => result switch
    {
        { NotFound: true } => NotFound(result.Error ?? "There is no such article or comment."),
        { AboutTheText: true } => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [result.Error!] }),
        { Error: { } error } => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You cannot comment here", detail: error),
        _ => TypedResults.Created($"/api/v1/comments/{result.Comment!.Id}", CommentResponse.Posted(result.Comment)),
    };

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
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
