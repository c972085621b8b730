using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Memberships;

/// <summary>
/// The one place that decides who may read what; pages, the API, comments and the feed all ask it.
/// Premium is derived at the current time from the member's subscription (active, trialing, past
/// due within the grace period, canceled until the paid period ends) or a complimentary grant;
/// staff read everything. Scoped: a request asks the database once.
/// </summary>
public sealed class MemberAccess(AppDbContext db, TimeProvider clock, IOptions<PaymentsOptions> payments)
{
    private (Guid? Id, Reader Reader)? _cached;

    public async Task<Reader> ReaderAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var id = principal.UserId();
        if (_cached is { } cached && cached.Id == id)
        {
            return cached.Reader;
        }
        var reader = id is null
            ? Reader.Anonymous
            : new Reader(id, principal.IsStaff(), principal.IsStaff() || await HasPremiumAsync(id.Value, cancellationToken));
        _cached = (id, reader);
        return reader;
    }

    public async Task<bool> CanReadAsync(ClaimsPrincipal principal, Visibility visibility, CancellationToken cancellationToken = default) =>
        // Only premium articles need the subscription: the sign-in alone answers for the rest, without a query.
        visibility == Visibility.Premium
            ? (await ReaderAsync(principal, cancellationToken)).CanRead(visibility)
            : new Reader(principal.UserId(), principal.IsStaff(), HasPremium: false).CanRead(visibility);

    public async Task<bool> HasPremiumAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // One round trip on every signed-in page: the subscription (if any) and whether a grant is current.
        var facts = await (
            from member in db.Users
            where member.Id == memberId
            join m in db.Memberships.AsNoTracking() on member.Id equals m.MemberId into memberships
            from membership in memberships.DefaultIfEmpty()
            select new
            {
                Membership = membership,
                Granted = db.ComplimentaryGrants.Any(g => g.MemberId == memberId && g.RevokedAtUtc == null
                    && (g.EndsAtUtc == null || g.EndsAtUtc > now)),
            }).FirstOrDefaultAsync(cancellationToken);
        return facts is not null
            && (facts.Granted || facts.Membership?.GivesAccessAt(now, TimeSpan.FromDays(payments.Value.GraceDays)) == true);
    }
}

/// <summary>Who is reading, as far as access goes.</summary>
public sealed record Reader(Guid? MemberId, bool IsStaff, bool HasPremium)
{
    public static readonly Reader Anonymous = new(null, false, false);

    public bool IsSignedIn => MemberId is not null;

    public bool CanRead(Visibility visibility) => visibility switch
    {
        Visibility.Public => true,
        Visibility.Members => IsSignedIn,
        _ => HasPremium || IsStaff,
    };
}
