using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

public static class WorkoutsApi
{
    public static void MapWorkoutsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Workouts");
        api.MapGet("/workouts", ListAsync).WithName("ListWorkouts")
            .WithSummary("Lists published workouts, shortest first; filters q, duration (short|medium|long), difficulty, equipment, focus, access (free|premium).");
        api.MapGet("/workouts/{slug}", GetAsync).WithName("GetWorkout").WithSummary("Gets a workout; its intervals only for readers with access.");
        var me = api.MapGroup("/me").RequireAuthorization();
        me.MapGet("/workout-sessions", SessionsAsync).WithName("ListMyWorkoutSessions").WithSummary("The signed-in member's workout log, newest first, paged (?page=&pageSize=).");
        me.MapPost("/workout-sessions", LogAsync).WithName("LogWorkoutSession").WithSummary("Records a finished workout.").AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<Results<Ok<PagedResponse<WorkoutSummaryResponse>>, ValidationProblem>> ListAsync(
        string? q, string? duration, Difficulty? difficulty, string? equipment, string? focus, string? access, string? page, string? pageSize,
        AppDbContext db, CancellationToken cancellationToken)
    {
        var request = PageRequest.Parse(page, pageSize, 20, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var query = db.Workouts.AsNoTracking().Listed().Matching(new WorkoutFilter(q, duration, difficulty, equipment, focus, access));
        // The library's order, as on /workouts (sorted in memory: see InLibraryOrderAsync).
        var all = await query.InLibraryOrderAsync(cancellationToken);
        var items = all.Skip(request.Skip).Take(request.PageSize).Select(WorkoutSummaryResponse.From);
        return TypedResults.Ok(new PagedResponse<WorkoutSummaryResponse>([.. items], request.Page, request.PageSize, all.Count));
    }

    private static async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> GetAsync(string slug, ClaimsPrincipal user, AppDbContext db,
        MemberAccess access, CancellationToken cancellationToken)
    {
        var workout = await db.Workouts.AsNoTracking().Listed().Include(w => w.Intervals.OrderBy(i => i.Position)).SingleOrDefaultAsync(w => w.Slug == slug, cancellationToken);
        if (workout is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no published workout with the slug '{slug}'.");
        }
        var canPlay = await access.CanReadAsync(user, workout.Visibility, cancellationToken);
        return TypedResults.Ok(new WorkoutResponse(workout.Slug, workout.Title, workout.Summary, workout.DurationSeconds, workout.Difficulty,
            [.. workout.EquipmentList], [.. workout.FocusList], workout.Visibility, canPlay,
            canPlay ? [.. workout.Intervals.Select(i => new IntervalResponse(i.Exercise, i.Cue, i.WorkSeconds, i.RestSeconds, i.Rounds))] : null));
    }

    private static Task<Results<Ok<PagedResponse<WorkoutSessionResponse>>, ValidationProblem>> SessionsAsync(string? page, string? pageSize,
        ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken) =>
        db.WorkoutSessions.AsNoTracking().OwnedBy(user.UserId())
            .OrderByDescending(s => s.FinishedAtUtc).ThenByDescending(s => s.Id)
            .Select(s => new WorkoutSessionResponse(s.Id, s.Workout!.Slug, s.StartedAtUtc, s.FinishedAtUtc, s.SecondsDone, s.Rating, s.Note))
            .ToPageResultAsync(page, pageSize, cancellationToken);

    private static async Task<Results<Created<WorkoutSessionResponse>, UseCaseProblem>> LogAsync(
        LogWorkoutSessionRequest request, ClaimsPrincipal user, AppDbContext db, LogWorkout log, CancellationToken cancellationToken)
    {
        var workoutId = await db.Workouts.Listed().Where(w => w.Slug == request.Workout).Select(w => (Guid?)w.Id).SingleOrDefaultAsync(cancellationToken);
        Result<WorkoutSession> logged = workoutId is null ? Result.NotFound(LogWorkout.Messages.NoSuchWorkout)
            : await log.HandleAsync(user, new LogWorkout.Input(workoutId.Value, request.SecondsDone, request.Rating, request.Note), cancellationToken);
        if (!logged.Succeeded)
        {
            return logged.ToProblem();
        }
        var session = logged.Value;
        return TypedResults.Created("/api/v1/me/workout-sessions",
            new WorkoutSessionResponse(session.Id, request.Workout, session.StartedAtUtc, session.FinishedAtUtc, session.SecondsDone, session.Rating, session.Note));
    }
}

public sealed record WorkoutSummaryResponse(string Slug, string Title, string Summary, int DurationSeconds, Difficulty Difficulty,
    List<string> Equipment, List<string> FocusAreas, Visibility Visibility, string Url)
{
    public static WorkoutSummaryResponse From(WorkoutCard c) => new(c.Slug, c.Title, c.Summary, c.DurationSeconds, c.Difficulty,
        [.. c.Equipment.Split(',', StringSplitOptions.RemoveEmptyEntries)], [.. c.FocusAreas.Split(',', StringSplitOptions.RemoveEmptyEntries)], c.Visibility, $"/workouts/{c.Slug}");
}

public sealed record IntervalResponse(string Exercise, string? Cue, int WorkSeconds, int RestSeconds, int Rounds);

public sealed record WorkoutResponse(string Slug, string Title, string Summary, int DurationSeconds, Difficulty Difficulty, List<string> Equipment,
    List<string> FocusAreas, Visibility Visibility, bool CanPlay, List<IntervalResponse>? Intervals);

public sealed record LogWorkoutSessionRequest(string Workout, int SecondsDone, int? Rating, string? Note);

public sealed record WorkoutSessionResponse(Guid Id, string Workout, DateTime StartedAt, DateTime FinishedAt, int SecondsDone, int? Rating, string? Note);

