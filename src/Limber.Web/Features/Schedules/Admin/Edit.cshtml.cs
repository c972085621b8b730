using System.ComponentModel.DataAnnotations;
using Limber.Features.Memberships;
using Limber.Features.Workouts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules.Admin;

/// <summary>
/// <c>/admin/schedules/edit/{id?}</c>: a schedule's words, cover and plan. The plan is a grid of weeks ×
/// seven days, each day up to three workouts (none: a rest day) and a note. Moving a day, copying a
/// week, adding or removing one are buttons of the same form: they rearrange what is typed and show it
/// again, saving nothing, so the editor never loses an edit and needs no JavaScript.
/// </summary>
public sealed class EditModel(AppDbContext db, SaveSchedule save, WorkoutLookup workouts, PendingImages pending, PageCacheEvictions cache) : PageModel
{
    public Schedule? Existing { get; private set; }

    public List<WorkoutRef> Library { get; private set; } = [];

    [BindProperty] public ScheduleForm Input { get; set; } = new();

    [TempData] public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input = Existing is null ? ScheduleForm.Empty() : ScheduleForm.From(Existing);
        return Page();
    }

    /// <summary>A plan command ("up:3", "down:3", "copy:1", "remove:2", "add"): rearranges the form and shows it again.</summary>
    public async Task<IActionResult> OnPostPlanAsync(Guid? id, string? command, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        await KeepChosenCoverAsync(cancellationToken);
        ModelState.Clear();
        Input.Apply(command);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input.Fit();
        if (!await KeepChosenCoverAsync(cancellationToken))
        {
            return Page();
        }
        var saved = await save.HandleAsync(id, Input.ToInput(), cancellationToken);
        if (!saved.Succeeded)
        {
            return this.Failed(saved, nameof(Input));
        }
        await cache.ContentChangedAsync(cancellationToken);
        Flash = saved.Value.Published ? $"Saved and published “{saved.Value.Title}”." : $"Saved “{saved.Value.Title}” as a draft.";
        return Redirect($"/admin/schedules/edit/{saved.Value.Id}");
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Library = await workouts.AllAsync(cancellationToken);
        if (id is null)
        {
            return true;
        }
        Existing = await db.Schedules.AsNoTracking().Include(s => s.Days).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return Existing is not null;
    }

    /// <summary>A cover chosen in this post is checked and kept as pending, so a refused save or a plan command does not lose it.</summary>
    private async Task<bool> KeepChosenCoverAsync(CancellationToken cancellationToken)
    {
        var (key, error) = await pending.ChooseAsync(Input.Cover, Input.PendingCover, Existing?.CoverPath, cancellationToken);
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.PendingCover)}");
        Input.PendingCover = key;
        if (error is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Cover)}", error);
            return false;
        }
        return true;
    }

    public sealed class ScheduleForm
    {
        [Display(Name = "Title")] public string? Title { get; set; }

        [Display(Name = "Slug")] public string? Slug { get; set; }

        [Display(Name = "Summary")] public string? Summary { get; set; }

        [Display(Name = "Description")] public string? Description { get; set; }

        [Display(Name = "Visibility")] public Visibility Visibility { get; set; } = Visibility.Premium;

        [Display(Name = "Published")] public bool Published { get; set; }

        [Display(Name = "Cover image")] public IFormFile? Cover { get; set; }

        /// <summary>The cover chosen by an earlier post of this form: its <see cref="PendingImages"/> key.</summary>
        public string? PendingCover { get; set; }

        [Display(Name = "Cover description (alt text)")] public string? CoverAlt { get; set; }

        public int Weeks { get; set; } = 1;

        /// <summary>Weeks × 7 days, in order.</summary>
        public List<DayForm> Days { get; set; } = [];

        public static ScheduleForm Empty()
        {
            var form = new ScheduleForm();
            form.Fit();
            return form;
        }

        public static ScheduleForm From(Schedule s)
        {
            var form = new ScheduleForm
            {
                Title = s.Title,
                Slug = s.Slug,
                Summary = s.Summary,
                Description = s.DescriptionMarkdown,
                Visibility = s.Visibility,
                Published = s.Published,
                CoverAlt = s.CoverAlt,
                Weeks = s.Weeks,
            };
            form.Fit();
            foreach (var day in s.Days.Where(d => d.Index < form.Days.Count))
            {
                form.Days[day.Index] = new DayForm { Workouts = [.. day.WorkoutIds.Select(w => (Guid?)w)], Note = day.Note };
                form.Days[day.Index].Fit();
            }
            return form;
        }

        /// <summary>Makes the days exactly weeks × 7, each with its three workout choices.</summary>
        public void Fit()
        {
            Weeks = Math.Clamp(Weeks, 1, Schedule.MaxWeeks);
            var count = Weeks * Schedule.DaysPerWeek;
            while (Days.Count < count)
            {
                Days.Add(new DayForm());
            }
            Days.RemoveRange(count, Days.Count - count);
            Days.ForEach(d => d.Fit());
        }

        public void Apply(string? command)
        {
            Fit();
            var parts = (command ?? "").Split(':');
            var n = parts.Length == 2 && int.TryParse(parts[1], out var value) ? value : -1;
            switch (parts[0])
            {
                case "up" when n > 0 && n < Days.Count:
                    (Days[n - 1], Days[n]) = (Days[n], Days[n - 1]);
                    break;
                case "down" when n >= 0 && n < Days.Count - 1:
                    (Days[n + 1], Days[n]) = (Days[n], Days[n + 1]);
                    break;
                case "copy" when n >= 1 && n <= Weeks:
                    if (n == Weeks && Weeks < Schedule.MaxWeeks)
                    {
                        Weeks++;
                        Fit();
                    }
                    if (n < Weeks)
                    {
                        for (var d = 0; d < Schedule.DaysPerWeek; d++)
                        {
                            Days[Schedule.IndexOf(n + 1, d + 1)] = Days[Schedule.IndexOf(n, d + 1)].Copy();
                        }
                    }
                    break;
                case "remove" when n >= 1 && n <= Weeks && Weeks > 1:
                    Days.RemoveRange(Schedule.IndexOf(n, 1), Schedule.DaysPerWeek);
                    Weeks--;
                    break;
                case "add" when Weeks < Schedule.MaxWeeks:
                    Weeks++;
                    break;
            }
            Fit();
        }

        public SaveSchedule.Input ToInput() => new(Title, Slug, Summary, Description, Visibility, Published, PendingCover, CoverAlt, Weeks,
            [.. Days.Select((d, i) => new SaveSchedule.DayInput(i, [.. d.Workouts.OfType<Guid>()], d.Note))]);
    }

    public sealed class DayForm
    {
        /// <summary>Up to three choices; empty ones are skipped (all empty: a rest day).</summary>
        public List<Guid?> Workouts { get; set; } = [];

        public string? Note { get; set; }

        public void Fit()
        {
            while (Workouts.Count < Schedule.MaxWorkoutsPerDay)
            {
                Workouts.Add(null);
            }
            Workouts.RemoveRange(Schedule.MaxWorkoutsPerDay, Workouts.Count - Schedule.MaxWorkoutsPerDay);
        }

        public DayForm Copy() => new() { Workouts = [.. Workouts], Note = Note };
    }
}
