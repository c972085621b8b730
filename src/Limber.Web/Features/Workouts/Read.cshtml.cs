using System.Text.Json;
using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Favorites;
using Limber.Features.Memberships;
using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>
/// <c>/workouts/{slug}</c>: the workout, its intervals and the player for readers with access; a teaser
/// otherwise. Its thread is Comments' (<see cref="CommentThreadViews"/>), which follows the workout's visibility.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.ContentPage)]
public sealed class ReadModel(AppDbContext db, MemberAccess access, FavoritesService favorites, CommentThreadViews threads) : PageModel
{
    public Workout Workout { get; private set; } = null!;

    public bool CanPlay { get; private set; }

    public bool IsFavorite { get; private set; }

    public CommentThreadView Comments { get; private set; } = null!;

    /// <summary>The intervals as JSON for the player (only rendered for readers with access).</summary>
    public string PlanJson { get; private set; } = "[]";

    [BindProperty] public int SecondsDone { get; set; }

    [BindProperty] public int? Rating { get; set; }

    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    /// <summary>"Mark complete": records the session (also the player's end, and the no-JavaScript way).</summary>
    public async Task<IActionResult> OnPostLogAsync(string slug, [FromServices] LogWorkout log, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        var logged = await log.HandleAsync(User, new LogWorkout.Input(Workout.Id, SecondsDone, Rating, Note), cancellationToken);
        if (!logged.Succeeded)
        {
            return this.Failed(logged);
        }
        TempData["WorkoutFlash"] = $"Logged “{Workout.Title}”. Nice work!";
        return Redirect("/account/workouts");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var workout = await db.Workouts.AsNoTracking().Listed().Include(w => w.Intervals.OrderBy(i => i.Position))
            .SingleOrDefaultAsync(w => w.Slug == slug, cancellationToken);
        if (workout is null)
        {
            return false;
        }
        Workout = workout;
        CanPlay = await access.CanReadAsync(User, workout.Visibility, cancellationToken);
        IsFavorite = await favorites.IsFavoriteAsync(User.UserId(), WorkoutFavorites.Kind, workout.Id, cancellationToken);
        if (SecondsDone == 0)
        {
            SecondsDone = workout.DurationSeconds;
        }
        if (CanPlay)
        {
            PlanJson = JsonSerializer.Serialize(workout.Intervals.Select(i => new { exercise = i.Exercise, cue = i.Cue, work = i.WorkSeconds, rest = i.RestSeconds, rounds = i.Rounds }));
        }
        ViewData[nameof(PageMeta)] = new PageMeta(workout.Title, workout.Summary, $"/workouts/{workout.Slug}",
            ImagePath: workout.PosterPath is null ? null : SiteUrls.Upload(workout.PosterPath));
        Comments = await threads.ForAsync(HttpContext, WorkoutCommentTarget.Of(workout), null, cancellationToken);
        return true;
    }
}
