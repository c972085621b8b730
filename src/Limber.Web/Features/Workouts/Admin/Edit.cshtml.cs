using System.ComponentModel.DataAnnotations;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts.Admin;

/// <summary><c>/admin/workouts/edit/{id?}</c>: the workout with its intervals as an editable table.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 10L * 1024 * 1024 * 1024)]
[RequestSizeLimit(10L * 1024 * 1024 * 1024)]
public sealed class EditModel(AppDbContext db, SaveWorkout save, PendingImages pending) : PageModel
{
    public const int BlankRows = 3;

    public const string NotSaved = "Not saved: please fix the fields marked below.";

    [BindProperty] public WorkoutForm Input { get; set; } = new();

    public Workout? Existing { get; private set; }

    [TempData] public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Existing = await db.Workouts.AsNoTracking().Include(w => w.Intervals.OrderBy(i => i.Position)).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }
            Input = WorkoutForm.From(Existing);
        }
        Input.Intervals.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new IntervalRow()));
        return Page();
    }

    /// <summary>Keeps everything typed and adds empty rows to the intervals table.</summary>
    public async Task<IActionResult> OnPostMoreRowsAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadExistingAsync(id, cancellationToken);
        ModelState.Clear();
        await KeepChosenPosterAsync(cancellationToken);
        Input.Intervals.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new IntervalRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadExistingAsync(id, cancellationToken);
        if (id is not null && Existing is null)
        {
            return NotFound();
        }
        if (!await KeepChosenPosterAsync(cancellationToken) || !ModelState.IsValid)
        {
            ModelState.AddModelError("", NotSaved);
            return Page();
        }
        var saved = await save.HandleAsync(id, new SaveWorkout.Input(Input.Title, Input.Slug, Input.Summary, Input.Description, Input.EmbedUrl,
            Input.Difficulty, Input.Equipment, Input.FocusAreas, Input.Visibility, Input.Published,
            [.. Input.Intervals.Select(i => new SaveWorkout.IntervalInput(i.Exercise, i.Cue, i.WorkSeconds, i.RestSeconds, i.Rounds, i.Remove, i.Order))],
            Input.PendingPoster, Input.PosterAlt, Input.Video, Input.RemoveVideo, Input.CommentsEnabled), cancellationToken);
        if (!saved.Succeeded)
        {
            return this.Failed(saved, nameof(Input), NotSaved);
        }
        Flash = "Saved.";
        return RedirectToPage(new { id = saved.Value.Id });
    }

    /// <summary>A poster chosen in this post is checked and kept as pending, so a refused save does not lose it (see <see cref="PendingImages"/>).</summary>
    private async Task<bool> KeepChosenPosterAsync(CancellationToken cancellationToken)
    {
        var (key, error) = await pending.ChooseAsync(Input.Poster, Input.PendingPoster, Existing?.PosterPath, cancellationToken);
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.PendingPoster)}");
        Input.PendingPoster = key;
        if (error is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Poster)}", error);
        }
        return error is null;
    }

    private async Task LoadExistingAsync(Guid? id, CancellationToken cancellationToken) =>
        Existing = id is null ? null : await db.Workouts.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);

    public sealed class WorkoutForm
    {
        [Display(Name = "Title")] public string? Title { get; set; }

        [Display(Name = "Slug")] public string? Slug { get; set; }

        [Display(Name = "Summary")] public string? Summary { get; set; }

        [Display(Name = "Description (Markdown)")] public string? Description { get; set; }

        [Display(Name = "YouTube or Vimeo address")] public string? EmbedUrl { get; set; }

        [Display(Name = "Difficulty")] public Difficulty Difficulty { get; set; }

        [Display(Name = "Equipment (comma-separated)")] public string? Equipment { get; set; } = "none";

        [Display(Name = "Focus areas (comma-separated)")] public string? FocusAreas { get; set; }

        [Display(Name = "Visibility")] public Visibility Visibility { get; set; }

        [Display(Name = "Published")] public bool Published { get; set; }

        [Display(Name = "Allow comments")] public bool CommentsEnabled { get; set; } = true;

        [Display(Name = "Poster image")] public IFormFile? Poster { get; set; }

        /// <summary>The poster chosen by an earlier post of this form: its <see cref="PendingImages"/> key.</summary>
        public string? PendingPoster { get; set; }

        [Display(Name = "Poster description (alt text)")] public string? PosterAlt { get; set; }

        [Display(Name = "Video file (MP4 or WebM)")] public IFormFile? Video { get; set; }

        [Display(Name = "Remove the video file")] public bool RemoveVideo { get; set; }

        public List<IntervalRow> Intervals { get; set; } = [];

        public static WorkoutForm From(Workout w) => new()
        {
            Title = w.Title,
            Slug = w.Slug,
            Summary = w.Summary,
            Description = w.DescriptionMarkdown,
            EmbedUrl = w.EmbedUrl,
            Difficulty = w.Difficulty,
            Equipment = w.Equipment,
            FocusAreas = w.FocusAreas,
            Visibility = w.Visibility,
            Published = w.Published,
            PosterAlt = w.PosterAlt,
            CommentsEnabled = w.CommentsEnabled,
            Intervals = [.. w.Intervals.Select((i, n) => new IntervalRow { Exercise = i.Exercise, Cue = i.Cue, WorkSeconds = i.WorkSeconds, RestSeconds = i.RestSeconds, Rounds = i.Rounds, Order = n + 1 })],
        };
    }

    public sealed class IntervalRow
    {
        public string? Exercise { get; set; }

        public string? Cue { get; set; }

        public int WorkSeconds { get; set; } = 30;

        public int RestSeconds { get; set; } = 15;

        public int Rounds { get; set; } = 1;

        public int Order { get; set; }

        public bool Remove { get; set; }
    }
}
