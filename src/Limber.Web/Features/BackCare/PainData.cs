using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>A member's pain diary in their export; the rows go with the account (cascade).</summary>
public sealed class PainData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "backCarePain";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) =>
        (await db.PainEntries.AsNoTracking().OwnedBy(member.Id).OrderBy(p => p.RecordedAtUtc).ToListAsync(cancellationToken))
            .Select(p => new { p.Area, p.Score, RecordedAt = p.RecordedAtUtc, p.Notes, CreatedAt = p.CreatedAtUtc });

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
