using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Jobs;

/// <summary>
/// Claims due jobs for one node in one statement, which marks them running under the node's lease and
/// returns them: queued jobs whose time has come, oldest first, and running jobs whose lease ran out
/// (their node died). Each job is claimed by one node only:
/// <list type="bullet">
/// <item>PostgreSQL: the due rows are locked with <c>FOR UPDATE SKIP LOCKED</c>, so a node claiming at the
/// same moment passes over the rows another is taking rather than taking them too or waiting for them.
/// (Without it, the second node's update waits for the first, then updates the same rows again: its
/// choice of rows was made before the first committed.)</item>
/// <item>SQLite: one writer at a time. The update holds the write lock from the moment it reads, so a
/// second claim reads only after the first has committed, and finds those rows running.</item>
/// </list>
/// </summary>
public static class JobClaim
{
    public static Task<List<Job>> ClaimAsync(AppDbContext db, string node, int max, DateTime nowUtc, DateTime leaseEndUtc, CancellationToken cancellationToken)
    {
        const string queued = nameof(JobState.Queued), running = nameof(JobState.Running);
        var claim = db.Database.IsNpgsql()
            ? db.Jobs.FromSql($"""
                WITH due AS MATERIALIZED (
                    SELECT "Id" FROM "Jobs"
                    WHERE ("State" = {queued} AND "RunAfterUtc" <= {nowUtc}) OR ("State" = {running} AND "LockedUntilUtc" <= {nowUtc})
                    ORDER BY "RunAfterUtc", "Id"
                    LIMIT {max}
                    FOR UPDATE SKIP LOCKED)
                UPDATE "Jobs" AS j
                SET "State" = {running}, "LockedBy" = {node}, "LockedUntilUtc" = {leaseEndUtc}, "Attempts" = j."Attempts" + 1
                FROM due
                WHERE j."Id" = due."Id"
                RETURNING j.*
                """)
            : db.Jobs.FromSql($"""
                UPDATE "Jobs"
                SET "State" = {running}, "LockedBy" = {node}, "LockedUntilUtc" = {leaseEndUtc}, "Attempts" = "Attempts" + 1
                WHERE "Id" IN (
                    SELECT "Id" FROM "Jobs"
                    WHERE ("State" = {queued} AND "RunAfterUtc" <= {nowUtc}) OR ("State" = {running} AND "LockedUntilUtc" <= {nowUtc})
                    ORDER BY "RunAfterUtc", "Id"
                    LIMIT {max})
                RETURNING *
                """);
        return InOrderAsync(claim, cancellationToken);
    }

    /// <summary>Oldest first, as chosen: RETURNING gives the rows in whatever order the update met them.</summary>
    private static async Task<List<Job>> InOrderAsync(IQueryable<Job> claim, CancellationToken cancellationToken)
    {
        // Not composed (an UPDATE cannot be a subquery) and not tracked: outcomes are recorded by id.
        var claimed = await claim.AsNoTracking().ToListAsync(cancellationToken);
        return [.. claimed.OrderBy(j => j.RunAfterUtc).ThenBy(j => j.Id)];
    }
}
