using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Admin;

/// <summary>
/// <c>/admin/jobs</c>: the background job queue. Counts by kind and state, the jobs running, waiting to
/// be retried and dead-lettered, and Retry / Delete for the dead ones. Admins only: a job's error can
/// name a member's address. Payloads are never shown (an account email carries a sign-in secret).
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class JobsModel(AppDbContext db, JobSignal signal, TimeProvider clock) : PageModel
{
    public const int ListSize = 50;

    public List<Count> Counts { get; private set; } = [];

    public List<Row> Failed { get; private set; } = [];

    public List<Row> Retrying { get; private set; } = [];

    public List<Row> Running { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await db.Jobs.GroupBy(j => new { j.Kind, j.State })
            .Select(g => new Count(g.Key.Kind, g.Key.State, g.Count()))
            .ToListAsync(cancellationToken);
        Failed = await RowsAsync(db.Jobs.Where(j => j.State == JobState.Failed).OrderByDescending(j => j.FinishedAtUtc), cancellationToken);
        Retrying = await RowsAsync(db.Jobs.Where(j => j.State == JobState.Queued && j.Attempts > 0).OrderBy(j => j.RunAfterUtc), cancellationToken);
        Running = await RowsAsync(db.Jobs.Where(j => j.State == JobState.Running).OrderBy(j => j.LockedUntilUtc), cancellationToken);
    }

    public int CountOf(string kind, JobState state) => Counts.Where(c => c.Kind == kind && c.State == state).Sum(c => c.Jobs);

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null || !job.Retry(clock.GetUtcNow().UtcDateTime))
        {
            return NotFound();
        }
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        Flash = $"The {job.Kind} job is queued again, with all its tries.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Jobs.Where(j => j.Id == id && j.State == JobState.Failed).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return NotFound();
        }
        Flash = "The job is deleted.";
        return RedirectToPage();
    }

    private static Task<List<Row>> RowsAsync(IQueryable<Job> jobs, CancellationToken cancellationToken) => jobs.Take(ListSize)
        .Select(j => new Row(j.Id, j.Kind, j.Attempts, j.MaxAttempts, j.LastError, j.CreatedAtUtc, j.RunAfterUtc, j.FinishedAtUtc, j.LockedBy, j.LockedUntilUtc))
        .ToListAsync(cancellationToken);

    public sealed record Count(string Kind, JobState State, int Jobs);

    public sealed record Row(Guid Id, string Kind, int Attempts, int MaxAttempts, string? LastError, DateTime CreatedAtUtc, DateTime RunAfterUtc,
        DateTime? FinishedAtUtc, string? LockedBy, DateTime? LockedUntilUtc);
}
