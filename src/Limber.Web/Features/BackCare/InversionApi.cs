using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>The self-check and inversion sessions as JSON: the same use cases and the same gate as the pages.</summary>
public static class InversionApi
{
    public static void MapInversionApi(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me/back-care").WithTags("Back care").RequireAuthorization();
        me.MapGet("/self-check", GetSelfCheckAsync).WithName("GetMySelfCheck")
            .WithSummary("The member's latest safety self-check and whether the inversion tools are open to them.");
        me.MapPut("/self-check", PutSelfCheckAsync).WithName("SaveMySelfCheck")
            .WithSummary("Saves a new self-check: every question true (yes) or false (no), and clearedByDoctor.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapGet("/sessions", ListAsync).WithName("ListMyInversionSessions").WithSummary("The member's inversion sessions, newest first, paged (?page=&pageSize=).");
        me.MapPost("/sessions", LogAsync).WithName("LogInversionSession")
            .WithSummary("Logs a session; 403 with the reason while the self-check holds the member back (checked before the body).").AddEndpointFilter<AntiforgeryFilter>();
        me.MapPut("/sessions/{id:guid}", UpdateAsync).WithName("UpdateInversionSession").WithSummary("Edits one of the member's sessions.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapDelete("/sessions/{id:guid}", DeleteAsync).WithName("DeleteInversionSession").WithSummary("Deletes one of the member's sessions.").AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<Ok<SelfCheckResponse>> GetSelfCheckAsync(ClaimsPrincipal user, InversionGate gate, CancellationToken cancellationToken) =>
        TypedResults.Ok(SelfCheckResponse.From(await gate.StateAsync(user.UserId()!.Value, cancellationToken)));

    private static async Task<Results<Ok<SelfCheckResponse>, UseCaseProblem>> PutSelfCheckAsync(SelfCheckRequest request, ClaimsPrincipal user,
        SaveSelfCheck save, InversionGate gate, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<string, bool?>
        {
            [nameof(SelfCheck.HighBloodPressure)] = request.HighBloodPressure,
            [nameof(SelfCheck.HeartDisease)] = request.HeartDisease,
            [nameof(SelfCheck.Glaucoma)] = request.Glaucoma,
            [nameof(SelfCheck.Pregnancy)] = request.Pregnancy,
            [nameof(SelfCheck.RecentSurgery)] = request.RecentSurgery,
            [nameof(SelfCheck.Osteoporosis)] = request.Osteoporosis,
        };
        var saved = await save.HandleAsync(user.UserId()!.Value, new SaveSelfCheck.Input(answers, request.ClearedByDoctor ?? false), cancellationToken);
        return saved.Succeeded ? TypedResults.Ok(SelfCheckResponse.From(await gate.StateAsync(user.UserId()!.Value, cancellationToken))) : saved.ToProblem();
    }

    private static Task<Results<Ok<PagedResponse<InversionSessionResponse>>, ValidationProblem>> ListAsync(string? page, string? pageSize,
        ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken) =>
        db.InversionSessions.AsNoTracking().OwnedBy(user.UserId()).OrderByDescending(s => s.StartedAtUtc).ThenByDescending(s => s.Id)
            .Select(s => new InversionSessionResponse(s.Id, s.Device, s.AngleDegrees, s.Minutes, s.PainBefore, s.PainAfter, s.StartedAtUtc, s.Notes))
            .ToPageResultAsync(page, pageSize, cancellationToken);

    private static async Task<Results<Created<InversionSessionResponse>, UseCaseProblem>> LogAsync(InversionSessionRequest request, ClaimsPrincipal user,
        LogSession log, CancellationToken cancellationToken)
    {
        var logged = await log.HandleAsync(user.UserId()!.Value, null, request.ToInput(), cancellationToken);
        return logged.Succeeded ? TypedResults.Created($"/api/v1/me/back-care/sessions/{logged.Value.Id}", InversionSessionResponse.From(logged.Value)) : logged.ToProblem();
    }

    private static async Task<Results<Ok<InversionSessionResponse>, UseCaseProblem>> UpdateAsync(Guid id, InversionSessionRequest request, ClaimsPrincipal user,
        LogSession log, CancellationToken cancellationToken)
    {
        var logged = await log.HandleAsync(user.UserId()!.Value, id, request.ToInput(), cancellationToken);
        return logged.Succeeded ? TypedResults.Ok(InversionSessionResponse.From(logged.Value)) : logged.ToProblem();
    }

    private static async Task<Results<NoContent, UseCaseProblem>> DeleteAsync(Guid id, ClaimsPrincipal user, LogSession log, CancellationToken cancellationToken)
    {
        var deleted = await log.DeleteAsync(user.UserId()!.Value, id, cancellationToken);
        return deleted.Succeeded ? TypedResults.NoContent() : deleted.ToProblem();
    }
}

/// <param name="Device">table, chair, boots or other. A string, not an enum: a wrong word is the use case's to refuse, after the self-check gate has had its say.</param>
/// <param name="StartedAt">ISO 8601 with an offset or Z; empty for a session that just ended.</param>
public sealed record InversionSessionRequest(string? Device, int? AngleDegrees, int? Minutes, int? PainBefore, int? PainAfter, DateTimeOffset? StartedAt, string? Notes)
{
    public LogSession.Input ToInput() => new(ParseDevice(Device), AngleDegrees, Minutes, PainBefore, PainAfter, StartedAt?.UtcDateTime, Notes);

    /// <summary>By name only ("table", any case): <c>Enum.TryParse</c> would also take "2" or "1, 2".</summary>
    private static Device? ParseDevice(string? name) =>
        Enum.GetValues<Device>().Cast<Device?>().FirstOrDefault(d => string.Equals(d.ToString(), name, StringComparison.OrdinalIgnoreCase));
}

public sealed record InversionSessionResponse(Guid Id, Device Device, int AngleDegrees, int Minutes, int? PainBefore, int? PainAfter, DateTime StartedAt, string? Notes)
{
    public static InversionSessionResponse From(InversionSession s) => new(s.Id, s.Device, s.AngleDegrees, s.Minutes, s.PainBefore, s.PainAfter, s.StartedAtUtc, s.Notes);
}

public sealed record SelfCheckRequest(bool? HighBloodPressure, bool? HeartDisease, bool? Glaucoma, bool? Pregnancy, bool? RecentSurgery, bool? Osteoporosis,
    bool? ClearedByDoctor);

/// <param name="InversionOpen">Whether the timer and session logging are open to the member now.</param>
/// <param name="Reason">Why not, when they are closed.</param>
/// <param name="Conditions">The conditions answered "Yes" (property names, camelCase).</param>
public sealed record SelfCheckResponse(bool InversionOpen, string? Reason, DateTime? AnsweredAt, List<string> Conditions, bool ClearedByDoctor)
{
    public static SelfCheckResponse From(GateState state) => new(state.Open, state.Reason, state.Latest?.AnsweredAtUtc,
        [.. state.Latest?.Conditions.Select(c => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(c.Key)) ?? []], state.Latest?.ClearedByDoctor ?? false);
}
