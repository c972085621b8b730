using Limber.Features.Memberships;
using Limber.Features.Workouts;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Data.Seed;

/// <summary>
/// Demo workouts (written for Limber): a free postural-therapy series of short sessions and a few
/// 20-minute interval workouts, some premium. No video ships: posters are drawn and the player runs
/// on the intervals alone. Added when the site has no workouts yet. A time in a title or summary
/// ("Quick mobility 10", "Eight minutes") is what the intervals add up to (a test holds them to it).
/// </summary>
public sealed class DemoWorkouts(AppDbContext db, MarkdownRenderer markdown, IOptions<LimberOptions> options, TimeProvider clock)
{
    private sealed record Step(string Exercise, int Work, int Rest, int Rounds, string? Cue = null);

    private sealed record Demo(string Slug, string Title, string Summary, string Description, Difficulty Difficulty, string Equipment,
        string Focus, Visibility Visibility, Step[] Steps);

    private static readonly Demo[] Series =
    [
        new("postural-reset-wall-angels", "Postural reset 1: wall angels and chin tucks", "Eight minutes to undo a morning at the desk.",
            "Stand with your back against a wall, feet a small step forward. Move slowly and breathe out on the effort.",
            Difficulty.Beginner, "none", "posture,back", Visibility.Public,
            [new("Chin tucks", 40, 20, 2, "Lengthen the back of your neck, eyes level"), new("Wall angels", 45, 15, 4, "Keep elbows and wrists touching the wall"), new("Doorway chest stretch", 45, 15, 2)]),
        new("postural-reset-cat-cow", "Postural reset 2: cat-cow and thoracic openers", "Gentle movement for a stiff upper back.",
            "On hands and knees on a mat. Move within a comfortable range; nothing here should pinch.",
            Difficulty.Beginner, "mat", "back,mobility", Visibility.Public,
            [new("Cat-cow", 45, 15, 3, "Move one vertebra at a time"), new("Thread the needle", 40, 15, 2, "Follow your hand with your eyes"), new("Child's pose breathing", 60, 0, 1)]),
        new("postural-reset-hip-hinge", "Postural reset 3: hip hinge and glute bridges", "Teach your hips to do the work your lower back has been doing.",
            "A broomstick along your spine helps you feel a neutral back during the hinge.",
            Difficulty.Beginner, "mat", "back,legs,posture", Visibility.Public,
            [new("Hip hinge practice", 40, 20, 3, "Push your hips back, keep the stick touching head, upper back and tailbone"), new("Glute bridge", 40, 20, 3, "Squeeze at the top for two seconds")]),
        new("postural-reset-decompression", "Postural reset 4: gentle decompression", "A calm finish: long, easy stretches for the whole spine.",
            "Ideal in the evening. If you use an inversion table, this is a good warm-up before a short session.",
            Difficulty.Beginner, "mat", "back,mobility", Visibility.Public,
            [new("Knees-to-chest rock", 45, 15, 2), new("Supine twist, left", 45, 10, 1), new("Supine twist, right", 45, 10, 1), new("Legs up the wall", 90, 0, 1, "Let your lower back rest heavy on the floor")]),
    ];

    private static readonly Demo[] Standalone =
    [
        new("twenty-minute-full-body", "20-minute full body, no equipment", "Strength and a little sweat in twenty minutes, anywhere.",
            "Four rounds of five moves. Scale each one: step instead of jump, knees down for push-ups.",
            Difficulty.Intermediate, "none", "full body,legs,core", Visibility.Public,
            [new("Squats", 40, 20, 4), new("Push-ups", 40, 20, 4, "Knees down is fine"), new("Reverse lunges", 40, 20, 4), new("Plank", 30, 30, 4, "Long line from head to heels"), new("Bird dog", 40, 20, 4)]),
        new("core-and-back-strength-20", "Core and back strength 20", "The back-friendly core session members ask for most.",
            "No crunches: anti-rotation and anti-extension work that builds a core your back can rely on.",
            Difficulty.Intermediate, "mat,resistance band", "core,back", Visibility.Premium,
            [new("Dead bug", 45, 15, 4, "Lower back stays on the mat"), new("Side plank, left", 40, 20, 4), new("Side plank, right", 40, 20, 4), new("Band pull-apart", 45, 15, 4), new("Glute bridge march", 45, 15, 4)]),
        new("inversion-table-warm-up", "Inversion table warm-up", "Five minutes to prepare before you tip back.",
            "Loosens hips and shoulders and calms your breathing before an inversion session. Check the safety self-check first.",
            Difficulty.Beginner, "inversion table", "back,mobility", Visibility.Premium,
            [new("Shoulder rolls", 30, 10, 2), new("Standing hip circles", 30, 10, 2), new("Slow breathing at 20 degrees", 60, 10, 2, "In through the nose, out for longer")]),
        new("quick-mobility-ten", "Quick mobility 10", "Ten minutes to move better, morning or evening.",
            "A flowing sequence that touches every joint. Go slowly and keep breathing.",
            Difficulty.Beginner, "mat", "mobility,full body", Visibility.Members,
            [new("World's greatest stretch", 45, 15, 4, "Switch sides each round"), new("Deep squat hold", 40, 20, 3), new("Cat-cow", 40, 20, 3)]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Workouts.AnyAsync(cancellationToken) || await db.Series.AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var index = 3;
        Workout Make(Demo d)
        {
            var workout = new Workout
            {
                Slug = d.Slug,
                Title = d.Title,
                Summary = d.Summary,
                DescriptionMarkdown = d.Description,
                DescriptionHtml = markdown.ToSafeHtml(d.Description),
                Difficulty = d.Difficulty,
                Equipment = d.Equipment,
                FocusAreas = d.Focus,
                Visibility = d.Visibility,
                Published = true,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
                PosterPath = DemoImages.Write(options.Value.UploadsPath, d.Slug, index++),
            };
            workout.Intervals.AddRange(d.Steps.Select((s, i) => new WorkoutInterval
            {
                WorkoutId = workout.Id,
                Position = i,
                Exercise = s.Exercise,
                Cue = s.Cue,
                WorkSeconds = s.Work,
                RestSeconds = s.Rest,
                Rounds = s.Rounds,
            }));
            workout.DurationSeconds = Workout.TotalSeconds(workout.Intervals);
            db.Workouts.Add(workout);
            return workout;
        }
        var seriesWorkouts = Series.Select(Make).ToList();
        foreach (var d in Standalone)
        {
            Make(d);
        }
        var series = new Features.Workouts.Series
        {
            Slug = "postural-therapy-basics",
            Title = "Postural therapy basics",
            Summary = "Four short sessions to loosen a stiff back and retrain posture. Free for everyone; do one a day.",
            Visibility = Visibility.Public,
            Published = true,
            CreatedAtUtc = now,
        };
        series.Items.AddRange(seriesWorkouts.Select((w, i) => new SeriesItem { SeriesId = series.Id, WorkoutId = w.Id, Position = i }));
        db.Series.Add(series);
        await db.SaveChangesAsync(cancellationToken);
    }
}
