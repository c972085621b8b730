using System.Threading.RateLimiting;
using Limber.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

/// <summary>
/// How many new profile pictures one member may upload per hour
/// (<see cref="RateLimitOptions.PictureUploadsPerMemberPerHour"/>), on top of the per-address limit on
/// profile saves: each picture is a decode, and one account should not keep the image queue busy.
/// Counted in memory; a restart forgives.
/// </summary>
public sealed class PictureUploadLimit(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(memberId =>
        RateLimitPartition.GetFixedWindowLimiter(memberId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PictureUploadsPerMemberPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <summary>Takes one upload from the member's allowance; false when it is spent.</summary>
    public bool TryTake(Guid memberId)
    {
        using var lease = _limiter.AttemptAcquire(memberId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
