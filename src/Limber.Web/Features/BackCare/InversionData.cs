using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>The member's self-checks and inversion sessions in their export; the rows go with the account (cascade).</summary>
public sealed class InversionData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "backCareInversion";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) => new
    {
        SelfChecks = await db.SelfChecks.AsNoTracking().OwnedBy(member.Id).OrderBy(s => s.AnsweredAtUtc)
            .Select(s => new { AnsweredAt = s.AnsweredAtUtc, s.HighBloodPressure, s.HeartDisease, s.Glaucoma, s.Pregnancy, s.RecentSurgery, s.Osteoporosis, s.ClearedByDoctor })
            .ToListAsync(cancellationToken),
        Sessions = await db.InversionSessions.AsNoTracking().OwnedBy(member.Id).OrderBy(s => s.StartedAtUtc)
            .Select(s => new { s.Device, s.AngleDegrees, s.Minutes, StartedAt = s.StartedAtUtc, s.PainBefore, s.PainAfter, s.Notes })
            .ToListAsync(cancellationToken),
    };

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
