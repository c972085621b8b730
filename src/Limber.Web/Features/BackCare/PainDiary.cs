using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>Reads a member's pain diary, and their clock: every day in back care is a day in the profile's time zone.</summary>
public sealed class PainDiary(AppDbContext db, TimeProvider clock)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<TimeZoneInfo> ZoneAsync(Guid memberId, CancellationToken cancellationToken) =>
        Times.Zone(await db.Users.Where(u => u.Id == memberId).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken));

    /// <summary>The member's latest entries, newest first.</summary>
    public Task<List<PainEntry>> RecentAsync(Guid memberId, int take, CancellationToken cancellationToken) =>
        Newest(memberId).Take(take).ToListAsync(cancellationToken);

    /// <summary>All the member's entries, newest first: the API pages through it.</summary>
    public IQueryable<PainEntry> Newest(Guid? memberId) =>
        db.PainEntries.AsNoTracking().OwnedBy(memberId).OrderByDescending(p => p.RecordedAtUtc).ThenByDescending(p => p.Id);

    public Task<PainEntry?> FindAsync(Guid memberId, Guid id, CancellationToken cancellationToken) =>
        db.PainEntries.AsNoTracking().OwnedBy(memberId).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
}
