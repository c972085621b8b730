using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>The workout log and favorites in the member's export; the rows go with the account (cascade).</summary>
public sealed class WorkoutData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "workouts";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) => new
    {
        Sessions = await db.WorkoutSessions.AsNoTracking().Where(s => s.MemberId == member.Id).OrderBy(s => s.FinishedAtUtc)
            .Select(s => new { Workout = s.Workout!.Slug, StartedAt = s.StartedAtUtc, FinishedAt = s.FinishedAtUtc, s.SecondsDone, s.Rating, s.Note })
            .ToListAsync(cancellationToken),
        Favorites = await db.Favorites.AsNoTracking().Where(f => f.MemberId == member.Id).OrderByDescending(f => f.CreatedAtUtc)
            .Select(f => new { Kind = f.Kind.ToString(), f.TargetId, AddedAt = f.CreatedAtUtc })
            .ToListAsync(cancellationToken),
    };

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
