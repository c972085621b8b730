using Limber.Features.Comments;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>
/// Workouts take comments: what Comments needs to know about one (<see cref="ICommentTargetSource"/>).
/// Live means published. A workout has no publish date, so its comments never close by age.
/// </summary>
public sealed class WorkoutCommentTarget(AppDbContext db, PageCacheEvictions cache) : ICommentTargetSource
{
    /// <summary>Stored with every comment on a workout; never renamed.</summary>
    public const string TargetKind = "workout";

    public string Kind => TargetKind;

    public string Collection => "workouts";

    public string Label => "Workout";

    public static string PathOf(string slug) => $"/workouts/{Uri.EscapeDataString(slug)}";

    /// <summary>The target of a workout already loaded (the workout page).</summary>
    public static CommentTarget Of(Workout w) =>
        new(TargetKind, w.Id, w.Slug, w.Title, PathOf(w.Slug), w.Visibility, w.CommentsEnabled, null, w.Published);

    public async Task<CommentTarget?> FindAsync(string slug, CancellationToken cancellationToken) =>
        (await Targets(db.Workouts.Where(w => w.Slug == slug)).ToListAsync(cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<CommentTarget>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await Targets(db.Workouts.Where(w => ids.Contains(w.Id))).ToListAsync(cancellationToken);

    public Task EvictAsync(CommentTarget target, CancellationToken cancellationToken) => cache.PageChangedAsync(target.Path, cancellationToken);

    private static IQueryable<CommentTarget> Targets(IQueryable<Workout> workouts) => workouts.AsNoTracking()
        .Select(w => new CommentTarget(TargetKind, w.Id, w.Slug, w.Title, PathOf(w.Slug), w.Visibility, w.CommentsEnabled, null, w.Published));
}
