using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>The workout log in the member's export; the rows go with the account (cascade).</summary>
public sealed class WorkoutData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "workouts";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) => new
    {
        Sessions = await db.WorkoutSessions.AsNoTracking().OwnedBy(member.Id).OrderBy(s => s.FinishedAtUtc)
            .Select(s => new { Workout = s.Workout!.Title, Url = "/workouts/" + s.Workout.Slug, StartedAt = s.StartedAtUtc, FinishedAt = s.FinishedAtUtc, s.SecondsDone, s.Rating, s.Note })
            .ToListAsync(cancellationToken),
    };

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
