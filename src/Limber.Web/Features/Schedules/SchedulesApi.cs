using System.Security.Claims;
using Limber.Features.Memberships;
using Limber.Features.Workouts;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Limber.Features.Schedules;

public static class SchedulesApi
{
    public static void MapSchedulesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Schedules");
        api.MapGet("/schedules", ListAsync).WithName("ListSchedules").WithSummary("Lists published schedules in title order, with their outlines.");
        api.MapGet("/schedules/{slug}", GetAsync).WithName("GetSchedule")
            .WithSummary("Gets a schedule's plan, week by week: each day's workouts (titles and links, never intervals) or a rest day.");
        var me = api.MapGroup("/me/schedule").RequireAuthorization();
        me.MapGet("", MineAsync).WithName("GetMySchedule").WithSummary("The schedule the signed-in member follows: each day's date and state, and progress.");
        me.MapPost("", StartAsync).WithName("StartSchedule").WithSummary("Starts a schedule on a start date (today or later); the one followed before ends, its history kept.")
            .AddEndpointFilter<AntiforgeryFilter>();
        me.MapPost("/pause", (ClaimsPrincipal user, FollowSchedule follow, MyScheduleViews views, CancellationToken ct) =>
            ChangedAsync(follow.PauseAsync(user, ct), user, views, ct)).WithName("PauseMySchedule")
            .WithSummary("Pauses the schedule: no day is missed until it resumes.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapPost("/resume", (ClaimsPrincipal user, FollowSchedule follow, MyScheduleViews views, CancellationToken ct) =>
            ChangedAsync(follow.ResumeAsync(user, ct), user, views, ct)).WithName("ResumeMySchedule")
            .WithSummary("Resumes a paused schedule: every remaining day moves on by the days it was paused.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapPost("/shift", (ClaimsPrincipal user, FollowSchedule follow, MyScheduleViews views, CancellationToken ct) =>
            ChangedAsync(follow.ShiftRestAsync(user, ct), user, views, ct)).WithName("ShiftMySchedule")
            .WithSummary("Shifts the rest of the plan so that the first missed day is done today.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapPut("/days/{date}", MarkAsync).WithName("MarkMyScheduleDay")
            .WithSummary("Marks the day on a date (yyyy-MM-dd) done, or not done with done=false; only today and missed days.")
            .AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<Ok<List<ScheduleSummaryResponse>>> ListAsync(ScheduleCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok((await catalog.ListAsync(cancellationToken)).Select(ScheduleSummaryResponse.From).ToList());

    private static async Task<Results<Ok<ScheduleResponse>, UseCaseProblem>> GetAsync(string slug, ClaimsPrincipal user, ScheduleCatalog catalog,
        MemberAccess access, CancellationToken cancellationToken)
    {
        if (await catalog.BySlugAsync(slug, cancellationToken) is not { } entry)
        {
            return Result.NotFound($"There is no published schedule with the slug '{slug}'.").ToProblem();
        }
        return TypedResults.Ok(new ScheduleResponse(ScheduleSummaryResponse.From(entry), entry.Schedule.Summary,
            await access.CanReadAsync(user, entry.Schedule.Visibility, cancellationToken),
            [.. entry.Weeks().Select(w => new ScheduleWeekResponse(w.Week, [.. w.Days.Select(d => new ScheduleDayResponse(d.Day, d.Workouts.Count == 0, d.Plan?.Note,
                [.. d.Workouts.Select(WorkoutLinkResponse.From)]))]))]));
    }

    private static async Task<Results<Ok<MyScheduleResponse>, UseCaseProblem>> MineAsync(ClaimsPrincipal user, MyScheduleViews views, CancellationToken cancellationToken) =>
        await views.CurrentAsync(user, cancellationToken) is { } view
            ? TypedResults.Ok(MyScheduleResponse.From(view))
            : Result.NotFound(FollowSchedule.Messages.NotFollowing).ToProblem();

    private static async Task<Results<Created<MyScheduleResponse>, UseCaseProblem>> StartAsync(StartScheduleRequest request, ClaimsPrincipal user,
        StartSchedule start, MyScheduleViews views, CancellationToken cancellationToken)
    {
        var started = await start.HandleAsync(user, new StartSchedule.Input(request.Schedule ?? "", request.StartDate), cancellationToken);
        return started.Succeeded
            ? TypedResults.Created("/api/v1/me/schedule", MyScheduleResponse.From((await views.CurrentAsync(user, cancellationToken))!))
            : started.ToProblem();
    }

    private static async Task<Results<Ok<MyScheduleResponse>, UseCaseProblem>> ChangedAsync(Task<Result<Enrolment>> change, ClaimsPrincipal user,
        MyScheduleViews views, CancellationToken cancellationToken)
    {
        var changed = await change;
        return changed.Succeeded ? TypedResults.Ok(MyScheduleResponse.From((await views.CurrentAsync(user, cancellationToken))!)) : changed.ToProblem();
    }

    private static async Task<Results<Ok<MyScheduleResponse>, UseCaseProblem>> MarkAsync(string date, MarkDayRequest request, ClaimsPrincipal user,
        FollowSchedule follow, MyScheduleViews views, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", out var day))
        {
            return Result.Invalid("date", "Give the date as yyyy-MM-dd.").ToProblem();
        }
        return await ChangedAsync(follow.MarkDoneAsync(user, day, request.Done ?? true, cancellationToken), user, views, cancellationToken);
    }
}

public sealed record ScheduleSummaryResponse(string Slug, string Title, string Summary, int Weeks, int DaysPerWeek, int MinutesPerDay,
    Difficulty? Difficulty, List<string> Focus, Visibility Visibility, string Url)
{
    public static ScheduleSummaryResponse From(ScheduleEntry e) => new(e.Schedule.Slug, e.Schedule.Title, e.Schedule.Summary, e.Outline.Weeks,
        e.Outline.DaysPerWeek, e.Outline.MinutesPerDay, e.Outline.Difficulty, [.. e.Outline.Focus], e.Schedule.Visibility, $"/schedules/{e.Schedule.Slug}");
}

/// <param name="CanFollow">Whether the reader may start it (members for a members' schedule, Premium for a premium one).</param>
public sealed record ScheduleResponse(ScheduleSummaryResponse Schedule, string Description, bool CanFollow, List<ScheduleWeekResponse> Plan);

public sealed record ScheduleWeekResponse(int Week, List<ScheduleDayResponse> Days);

public sealed record ScheduleDayResponse(int Day, bool Rest, string? Note, List<WorkoutLinkResponse> Workouts);

/// <param name="Slug">Null for a workout no longer in the library.</param>
public sealed record WorkoutLinkResponse(string? Slug, string Title, int Minutes, string? Url)
{
    public static WorkoutLinkResponse From(WorkoutRef? w) =>
        w is null ? new(null, "A workout no longer available", 0, null) : new(w.Slug, w.Title, w.Minutes, w.Path);
}

/// <param name="StartDate">The first day (yyyy-MM-dd), today or later in the member's time zone.</param>
public sealed record StartScheduleRequest(string? Schedule, DateOnly? StartDate);

public sealed record MarkDayRequest(bool? Done);

/// <param name="CanFollow">False when the schedule needs Premium the member no longer has: the plan shows, its days cannot be marked.</param>
/// <param name="NewerVersion">The editor changed the plan after the member started; their copy stays as it was.</param>
public sealed record MyScheduleResponse(string Schedule, string Title, DateOnly StartDate, DateOnly Today, DateOnly? PausedOn, bool CanFollow,
    bool NewerVersion, bool Finished, int Week, int Weeks, int Done, int WorkoutDays, List<MyScheduleDayResponse> Days)
{
    public static MyScheduleResponse From(MyScheduleView v) => new(v.Slug, v.Enrolment.Title, v.Enrolment.StartDate, v.Today, v.Enrolment.PausedOn,
        v.CanFollow, v.NewerVersion, v.Finished, v.CurrentWeek, v.Enrolment.Weeks, v.DoneDays, v.WorkoutDays,
        [.. v.Days.Select(d => new MyScheduleDayResponse(d.Day.Date, d.Day.Week, (d.Day.Index % Schedules.Schedule.DaysPerWeek) + 1, d.State, d.Day.Note,
            [.. d.Workouts.Select(w => WorkoutLinkResponse.From(w.Workout))]))]);
}

public sealed record MyScheduleDayResponse(DateOnly Date, int Week, int Day, DayState State, string? Note, List<WorkoutLinkResponse> Workouts);
