using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Accounts;

/// <summary>A member's today and time zone, on their own clock (the profile's setting): what schedules and back care decide their days by.</summary>
public sealed class MemberDates(AppDbContext db, TimeProvider clock)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<TimeZoneInfo> ZoneAsync(Guid memberId, CancellationToken cancellationToken) =>
        Times.Zone(await db.Users.Where(u => u.Id == memberId).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken));

    public async Task<DateOnly> TodayAsync(Guid memberId, CancellationToken cancellationToken) =>
        Times.Today(UtcNow, await ZoneAsync(memberId, cancellationToken));
}
