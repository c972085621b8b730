using System.Collections.Concurrent;
using System.Security.Claims;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Accounts;

/// <summary>
/// Ends a sign-in session on the server when its member logs out. Each sign-in gets a random session
/// id in its cookie; logging out records the id as ended, and every request's cookie is checked
/// against the ended ids, a lookup in memory (the set is loaded from the database at start, so a
/// restart forgets nothing, and holds only sessions whose cookies have not expired yet). Only that
/// session ends: the member's other devices stay signed in. Several nodes: each knows the sessions
/// ended through it and those ended before it started (docs/security.md).
/// </summary>
public sealed class MemberSessions(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string Claim = "limber:sid";

    private readonly ConcurrentDictionary<Guid, DateTime> _ended = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

    public static Claim NewSessionClaim() => new(Claim, Guid.NewGuid().ToString("N"));

    public static Guid? SessionOf(ClaimsPrincipal principal) =>
        Guid.TryParseExact(principal.FindFirstValue(Claim), "N", out var id) ? id : null;

    public async ValueTask<bool> IsEndedAsync(Guid session, CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            await LoadAsync(cancellationToken);
        }
        return _ended.ContainsKey(session);
    }

    /// <summary>Ends the session for good; <paramref name="cookieLifetime"/> is how long its cookie could live.</summary>
    public async Task EndAsync(Guid session, TimeSpan cookieLifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + cookieLifetime;
        _ended[session] = expires;
        foreach (var (id, _) in _ended.Where(e => e.Value <= now))
        {
            _ended.TryRemove(id, out _);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.EndedSessions.AnyAsync(s => s.Id == session, cancellationToken))
        {
            db.EndedSessions.Add(new EndedSession { Id = session, ExpiresAtUtc = expires });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded)
            {
                return;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.EndedSessions.Where(s => s.ExpiresAtUtc <= now).ExecuteDeleteAsync(cancellationToken);
            foreach (var s in await db.EndedSessions.AsNoTracking().ToListAsync(cancellationToken))
            {
                _ended[s.Id] = s.ExpiresAtUtc;
            }
            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }
}
