using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>Reads a member's pain diary (their clock, for every day in back care, is <see cref="Accounts.MemberDates"/>).</summary>
public sealed class PainDiary(AppDbContext db)
{
    /// <summary>The member's latest entries, newest first.</summary>
    public Task<List<PainEntry>> RecentAsync(Guid memberId, int take, CancellationToken cancellationToken) =>
        Newest(memberId).Take(take).ToListAsync(cancellationToken);

    /// <summary>All the member's entries, newest first: the API pages through it.</summary>
    public IQueryable<PainEntry> Newest(Guid? memberId) =>
        db.PainEntries.AsNoTracking().OwnedBy(memberId).OrderByDescending(p => p.RecordedAtUtc).ThenByDescending(p => p.Id);

    public Task<PainEntry?> FindAsync(Guid memberId, Guid id, CancellationToken cancellationToken) =>
        db.PainEntries.AsNoTracking().OwnedBy(memberId).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
}
