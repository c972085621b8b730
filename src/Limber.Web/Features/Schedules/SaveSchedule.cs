using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules;

/// <summary>
/// Creates or updates a schedule from the editor: its words, cover, and the plan day by day. A change
/// to the plan itself raises <see cref="Schedule.Version"/>; members who started earlier keep their copy.
/// </summary>
public sealed class SaveSchedule(AppDbContext db, MarkdownRenderer markdown, PendingImages pending, TimeProvider clock)
{
    public static class Messages
    {
        public const string Title = "Give the schedule a title (at most 200 characters).";
        public const string Slug = "Use lower-case letters, digits and single hyphens.";
        public const string SlugTaken = "Another schedule already uses this slug.";
        public const string Summary = "The summary is at most 500 characters.";
        public const string Weeks = "A schedule has 1 to 26 weeks.";
        public const string Note = "A day's note is at most 300 characters.";
        public const string UnknownWorkout = "A chosen workout is no longer in the library. Choose another.";
        public const string EmptyPlan = "Add at least one workout day before publishing.";
    }

    /// <param name="Cover">A newly chosen cover: its <see cref="PendingImages"/> key; null keeps the current one.</param>
    /// <param name="Days">The plan: day index (0-based across the weeks) and its workouts in order; missing days are rest days.</param>
    public sealed record Input(string? Title, string? Slug, string? Summary, string? Description, Visibility Visibility, bool Published,
        string? Cover, string? CoverAlt, int Weeks, IReadOnlyList<DayInput> Days);

    public sealed record DayInput(int Index, IReadOnlyList<Guid> WorkoutIds, string? Note);

    public async Task<Result<Schedule>> HandleAsync(Guid? id, Input input, CancellationToken cancellationToken)
    {
        var schedule = id is null ? null : await db.Schedules.Include(s => s.Days).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (id is not null && schedule is null)
        {
            return Result.NotFound();
        }
        var errors = new Dictionary<string, string>();
        var title = input.Title?.Trim() ?? "";
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(title) : input.Slug.Trim();
        if (title.Length is 0 or > Schedule.TitleMaxLength)
        {
            errors[nameof(Input.Title)] = Messages.Title;
        }
        else if (!Slugs.IsValid(slug))
        {
            errors[nameof(Input.Slug)] = Messages.Slug;
        }
        else if (await db.Schedules.AnyAsync(s => s.Slug == slug && s.Id != (id ?? Guid.Empty), cancellationToken))
        {
            errors[nameof(Input.Slug)] = Messages.SlugTaken;
        }
        if (input.Summary?.Trim().Length > Schedule.SummaryMaxLength)
        {
            errors[nameof(Input.Summary)] = Messages.Summary;
        }
        if (input.Weeks is < 1 or > Schedule.MaxWeeks)
        {
            errors[nameof(Input.Weeks)] = Messages.Weeks;
        }
        var days = Normalize(input);
        if (days.Any(d => d.Note?.Length > ScheduleDay.NoteMaxLength))
        {
            errors[nameof(Input.Days)] = Messages.Note;
        }
        var chosen = days.SelectMany(d => d.WorkoutIds).Distinct().ToList();
        if (chosen.Count > 0 && await db.Workouts.CountAsync(w => chosen.Contains(w.Id), cancellationToken) != chosen.Count)
        {
            errors[nameof(Input.Days)] = Messages.UnknownWorkout;
        }
        else if (input.Published && chosen.Count == 0)
        {
            errors[nameof(Input.Days)] = Messages.EmptyPlan;
        }
        var coverAlt = AltText.Clean(input.CoverAlt);
        if (coverAlt?.Length > AltText.MaxLength)
        {
            errors[nameof(Input.CoverAlt)] = AltText.Messages.TooLong;
        }
        var newCover = string.IsNullOrEmpty(input.Cover) || PendingImages.Became(input.Cover, schedule?.CoverPath) ? null : input.Cover;
        if (newCover is not null && !pending.Exists(newCover))
        {
            errors[nameof(Input.Cover)] = PendingImages.Messages.Gone;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var cover = newCover is null ? null : pending.Claim(newCover);
        if (newCover is not null && cover is null)
        {
            return Result.Invalid(nameof(Input.Cover), PendingImages.Messages.Gone);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        schedule ??= db.Schedules.Add(new Schedule { CreatedAtUtc = now, Version = 0 }).Entity;
        schedule.Title = title;
        schedule.Slug = slug;
        schedule.Summary = input.Summary?.Trim() ?? "";
        schedule.DescriptionMarkdown = input.Description ?? "";
        schedule.DescriptionHtml = markdown.ToSafeHtml(schedule.DescriptionMarkdown);
        schedule.Visibility = input.Visibility;
        schedule.PublishedAtUtc = input.Published ? schedule.PublishedAtUtc ?? now : null;
        schedule.Published = input.Published;
        schedule.UpdatedAtUtc = now;
        schedule.CoverPath = cover ?? schedule.CoverPath;
        schedule.CoverAlt = schedule.CoverPath is null ? null : coverAlt;
        if (schedule.Version == 0 || schedule.Weeks != input.Weeks || !SamePlan(schedule.Days, days))
        {
            schedule.Version++;
            schedule.Weeks = input.Weeks;
            db.ScheduleDays.RemoveRange(schedule.Days);
            schedule.Days.Clear();
            var plan = days.Select(d => new ScheduleDay { ScheduleId = schedule.Id, Index = d.Index, WorkoutIds = [.. d.WorkoutIds], Note = d.Note }).ToList();
            // Added as new rows explicitly: found only through the collection, a day with its id already set would be taken for an existing one.
            db.ScheduleDays.AddRange(plan);
            schedule.Days.AddRange(plan);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(schedule);
    }

    /// <summary>The days within the weeks, at most three workouts each, notes trimmed; days with neither are left out (rest).</summary>
    private static List<DayInput> Normalize(Input input) =>
    [
        .. input.Days.Where(d => d.Index >= 0 && d.Index < Math.Clamp(input.Weeks, 1, Schedule.MaxWeeks) * Schedule.DaysPerWeek)
            .GroupBy(d => d.Index).Select(g => g.First())
            .Select(d => new DayInput(d.Index, [.. d.WorkoutIds.Where(w => w != Guid.Empty).Take(Schedule.MaxWorkoutsPerDay)],
                string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim()))
            .Where(d => d.WorkoutIds.Count > 0 || d.Note is not null)
            .OrderBy(d => d.Index),
    ];

    private static bool SamePlan(List<ScheduleDay> saved, List<DayInput> days) =>
        saved.Count == days.Count && saved.OrderBy(d => d.Index).Zip(days).All(p =>
            p.First.Index == p.Second.Index && p.First.Note == p.Second.Note && p.First.WorkoutIds.SequenceEqual(p.Second.WorkoutIds));
}
