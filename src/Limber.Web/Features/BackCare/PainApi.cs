using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Limber.Features.BackCare;

/// <summary>The pain diary and insights as JSON: the same use cases and numbers as <c>/back-care/pain</c> and <c>/back-care/insights</c>.</summary>
public static class PainApi
{
    public const string WeeksInvalid = "Choose 4, 12 or 52 weeks.";

    public static void MapPainApi(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me/back-care").WithTags("Back care").RequireAuthorization();
        me.MapGet("/pain", ListAsync).WithName("ListMyPainEntries")
            .WithSummary("The signed-in member's pain diary, newest first, paged (?page=&pageSize=).");
        me.MapPost("/pain", LogAsync).WithName("LogPain")
            .WithSummary("Logs a pain score (0–10) for an area; recordedAt defaults to now and may not be in the future.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapPut("/pain/{id:guid}", ChangeAsync).WithName("ChangePainEntry")
            .WithSummary("Changes one of the member's pain entries.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapDelete("/pain/{id:guid}", DeleteAsync).WithName("DeletePainEntry")
            .WithSummary("Deletes one of the member's pain entries.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapGet("/insights", InsightsAsync).WithName("GetMyBackCareInsights")
            .WithSummary("Per day on the member's clock over 4, 12 (default) or 52 weeks: pain per area (average, range), inversion minutes, postural workouts; and the plain-words summaries.");
    }

    private static Task<Results<Ok<PagedResponse<PainEntryResponse>>, ValidationProblem>> ListAsync(string? page, string? pageSize,
        ClaimsPrincipal user, PainDiary diary, CancellationToken cancellationToken) =>
        diary.Newest(user.UserId()).Select(p => new PainEntryResponse(p.Id, p.Area, p.Score, p.RecordedAtUtc, p.Notes))
            .ToPageResultAsync(page, pageSize, cancellationToken);

    private static async Task<Results<Created<PainEntryResponse>, UseCaseProblem>> LogAsync(LogPainRequest request, ClaimsPrincipal user,
        LogPain log, CancellationToken cancellationToken)
    {
        var logged = await log.HandleAsync(user.UserId()!.Value, null, request.ToInput(), cancellationToken);
        return logged.Succeeded
            ? TypedResults.Created($"/api/v1/me/back-care/pain/{logged.Value.Id}", PainEntryResponse.From(logged.Value))
            : logged.ToProblem();
    }

    private static async Task<Results<Ok<PainEntryResponse>, UseCaseProblem>> ChangeAsync(Guid id, LogPainRequest request, ClaimsPrincipal user,
        LogPain log, CancellationToken cancellationToken)
    {
        var changed = await log.HandleAsync(user.UserId()!.Value, id, request.ToInput(), cancellationToken);
        return changed.Succeeded ? TypedResults.Ok(PainEntryResponse.From(changed.Value)) : changed.ToProblem();
    }

    private static async Task<Results<NoContent, UseCaseProblem>> DeleteAsync(Guid id, ClaimsPrincipal user, LogPain log, CancellationToken cancellationToken)
    {
        var deleted = await log.DeleteAsync(user.UserId()!.Value, id, cancellationToken);
        return deleted.Succeeded ? TypedResults.NoContent() : deleted.ToProblem();
    }

    private static async Task<Results<Ok<InsightsResponse>, UseCaseProblem>> InsightsAsync(int? weeks, ClaimsPrincipal user, InsightsReader reader,
        CancellationToken cancellationToken)
    {
        if (InsightsReader.Weeks(weeks) is not { } chosen)
        {
            return Result.Invalid("weeks", WeeksInvalid).ToProblem();
        }
        return TypedResults.Ok(InsightsResponse.Of(await reader.LoadAsync(user.UserId()!.Value, chosen, cancellationToken)));
    }
}

/// <param name="RecordedAt">When (ISO 8601 with an offset or Z); omitted for now.</param>
public sealed record LogPainRequest(PainArea? Area, int? Score, DateTimeOffset? RecordedAt, string? Notes)
{
    public LogPain.Input ToInput() => new(Area, Score, RecordedAt?.UtcDateTime, Notes);
}

public sealed record PainEntryResponse(Guid Id, PainArea Area, int Score, DateTime RecordedAt, string? Notes)
{
    public static PainEntryResponse From(PainEntry p) => new(p.Id, p.Area, p.Score, DateTime.SpecifyKind(p.RecordedAtUtc, DateTimeKind.Utc), p.Notes);
}

/// <param name="TimeZone">The member's zone: the days are theirs.</param>
/// <param name="Days">Every day of the period, oldest first; a day with nothing logged has no pain and zeros.</param>
public sealed record InsightsResponse(int Weeks, DateOnly From, DateOnly To, string TimeZone, int InversionMinutes, int PosturalWorkouts,
    List<InsightDayResponse> Days, List<AreaSummaryResponse> Summaries)
{
    public static InsightsResponse Of(PainInsights i) => new(i.Weeks, i.FirstDate, i.LastDate, i.Zone.Id, i.InversionMinutes, i.PosturalWorkouts,
        [.. i.Days.Select(d => new InsightDayResponse(d.Date, [.. d.Pain.Select(p => new AreaPainResponse(p.Area, Math.Round(p.Average, 2), p.Min, p.Max, p.Entries))],
            d.InversionMinutes, d.PosturalWorkouts))],
        [.. i.Summaries.Select(s => new AreaSummaryResponse(s.Area, s.DaysWithEntries, s.DaysAfterSession, s.OtherDays,
            s.AverageAfterSession is { } a ? Math.Round(a, 2) : null, s.AverageOtherDays is { } o ? Math.Round(o, 2) : null, s.EnoughData, s.Text))]);
}

public sealed record InsightDayResponse(DateOnly Date, List<AreaPainResponse> Pain, int InversionMinutes, int PosturalWorkouts);

public sealed record AreaPainResponse(PainArea Area, double Average, int Min, int Max, int Entries);

/// <param name="EnoughData">At least 5 days on each side; otherwise the text says there is not enough data yet.</param>
public sealed record AreaSummaryResponse(PainArea Area, int DaysWithEntries, int DaysAfterSession, int OtherDays, double? AverageAfterSession,
    double? AverageOtherDays, bool EnoughData, string Text);
