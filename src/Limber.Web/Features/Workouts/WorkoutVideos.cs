using System.Security.Claims;
using Limber.Features.Memberships;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Workouts;

/// <summary>
/// <c>/workouts/{slug}/video/{file}</c>: a workout's uploaded video, for readers who may play the
/// workout (<see cref="MemberAccess"/>), with range requests so the player can seek. A gated video is
/// cached privately (the browser only, never a shared cache); a public one may be cached by anyone,
/// but only for an hour, since the workout may become gated. Anyone else gets 404, as for a workout
/// that does not exist: the address does not say whether there is a video behind it.
/// </summary>
public static class WorkoutVideos
{
    public const string GatedCacheControl = "private, max-age=3600";
    public const string PublicCacheControl = "public, max-age=3600";

    /// <summary>The address of the workout's video (its file name changes with every upload, so a cached copy is never stale).</summary>
    public static string Url(Workout workout) => $"/workouts/{workout.Slug}/video/{Path.GetFileName(workout.VideoPath)}";

    public static void MapWorkoutVideos(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/workouts/{slug}/video/{file}", ServeAsync).ExcludeFromDescription();

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> ServeAsync(string slug, string file, HttpContext http, ClaimsPrincipal user,
        AppDbContext db, MemberAccess access, IOptions<LimberOptions> site, CancellationToken cancellationToken)
    {
        var workout = await db.Workouts.AsNoTracking().Listed().Where(w => w.Slug == slug)
            .Select(w => new { w.VideoPath, w.Visibility }).SingleOrDefaultAsync(cancellationToken);
        if (workout?.VideoPath is not { } stored || Path.GetFileName(stored) != file
            || !await access.CanReadAsync(user, workout.Visibility, cancellationToken)
            || Locate(site.Value, stored) is not { } path)
        {
            return TypedResults.NotFound();
        }
        http.Response.Headers.CacheControl = workout.Visibility == Visibility.Public ? PublicCacheControl : GatedCacheControl;
        return TypedResults.PhysicalFile(path, ContentType(path), enableRangeProcessing: true);
    }

    /// <summary>The file under the media folder, or where videos were kept before they moved there (the uploads folder).</summary>
    private static string? Locate(LimberOptions site, string stored)
    {
        foreach (var root in new[] { site.MediaPath, site.UploadsPath })
        {
            var full = Path.GetFullPath(Path.Combine(root, stored));
            // The stored path is ours, but check it stays in its folder all the same.
            if (full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                return full;
            }
        }
        return null;
    }

    private static string ContentType(string path) => Path.GetExtension(path) == ".webm" ? "video/webm" : "video/mp4";
}
