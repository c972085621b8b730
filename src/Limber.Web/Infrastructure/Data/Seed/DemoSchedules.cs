using Limber.Features.Memberships;
using Limber.Features.Schedules;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Data.Seed;

/// <summary>
/// Demo schedules built from the demo workouts: a free "Postural reset week" from the postural-therapy
/// series and a premium four-week strong-back plan. Added when the site has no schedules yet and the
/// demo workouts are there.
/// </summary>
public sealed class DemoSchedules(AppDbContext db, MarkdownRenderer markdown, IOptions<LimberOptions> options, TimeProvider clock)
{
    private sealed record Day(string? Note, params string[] Workouts);

    private static readonly Day[] PosturalWeek =
    [
        new(null, "postural-reset-wall-angels"),
        new(null, "postural-reset-cat-cow"),
        new("Rest: a 20-minute walk, shoulders relaxed."),
        new(null, "postural-reset-hip-hinge"),
        new("Easy day: keep every stretch gentle.", "postural-reset-decompression"),
        new("Both openers back to back.", "postural-reset-wall-angels", "postural-reset-cat-cow"),
        new(null),
    ];

    private static readonly Day[] StrongBackWeek =
    [
        new(null, "core-and-back-strength-20"),
        new(null, "twenty-minute-full-body"),
        new("Rest, or a slow walk."),
        new("Slow and controlled: quality over speed.", "core-and-back-strength-20"),
        new("Posture day: the three openers back to back.", "postural-reset-wall-angels", "postural-reset-hip-hinge", "postural-reset-decompression"),
        new("Finish the week long and easy.", "quick-mobility-ten", "postural-reset-wall-angels"),
        new(null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Schedules.AnyAsync(cancellationToken))
        {
            return;
        }
        var workouts = await db.Workouts.Select(w => new { w.Slug, w.Id }).ToDictionaryAsync(w => w.Slug, w => w.Id, cancellationToken);
        if (!PosturalWeek.Concat(StrongBackWeek).SelectMany(d => d.Workouts).All(workouts.ContainsKey))
        {
            return; // Not the demo library: nothing to build from.
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.Schedules.Add(Make("postural-reset-week", "Postural reset week",
            "Seven days of short postural-therapy sessions to undo desk posture, with rest days built in.",
            "Each session takes under ten minutes. Do them at any time of day; many members like the morning, before the desk.",
            Visibility.Public, 1, PosturalWeek, workouts, now, 7));
        db.Schedules.Add(Make("strong-back-4-weeks", "20 minutes a day: 4-week strong back",
            "Four weeks, five days a week: core strength, full-body work and mobility for a back that copes with everything.",
            "Weeks repeat the same pattern so you can feel the progress: the dead bugs and side planks that were hard in week 1 feel steady by week 4.",
            Visibility.Premium, 4, StrongBackWeek, workouts, now, 8));
        await db.SaveChangesAsync(cancellationToken);
    }

    private Schedule Make(string slug, string title, string summary, string description, Visibility visibility, int weeks, Day[] week,
        Dictionary<string, Guid> workouts, DateTime now, int imageIndex)
    {
        var schedule = new Schedule
        {
            Slug = slug,
            Title = title,
            Summary = summary,
            DescriptionMarkdown = description,
            DescriptionHtml = markdown.ToSafeHtml(description),
            Visibility = visibility,
            Published = true,
            PublishedAtUtc = now,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            Weeks = weeks,
            CoverPath = DemoImages.Write(options.Value.UploadsPath, slug, imageIndex),
        };
        for (var w = 1; w <= weeks; w++)
        {
            for (var d = 1; d <= Schedule.DaysPerWeek; d++)
            {
                var day = week[d - 1];
                schedule.Days.Add(new ScheduleDay
                {
                    ScheduleId = schedule.Id,
                    Index = Schedule.IndexOf(w, d),
                    WorkoutIds = [.. day.Workouts.Select(s => workouts[s])],
                    Note = day.Note,
                });
            }
        }
        return schedule;
    }
}
