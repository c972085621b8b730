using Limber.Features.Accounts;
using Limber.Features.BackCare;
using Limber.Features.Workouts;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>Pain entries, inversion sessions and postural workouts, arranged in the database.</summary>
public static class PainBuilders
{
    public static Task<PainEntry> GivenPainAsync(this AppFactory app, AppUser member, PainArea area, int score, DateTime? atUtc = null, string? notes = null) =>
        app.WithDbAsync(async db =>
        {
            var entry = new PainEntry { MemberId = member.Id, Area = area, Score = score, RecordedAtUtc = atUtc ?? app.Now, Notes = notes, CreatedAtUtc = app.Now };
            db.PainEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry;
        });

    public static Task<InversionSession> GivenInversionAsync(this AppFactory app, AppUser member, DateTime startedAtUtc, int minutes = 3,
        Device device = Device.Table, int angle = 20, int? painBefore = null, int? painAfter = null, string? notes = null) =>
        app.WithDbAsync(async db =>
        {
            var session = new InversionSession
            {
                MemberId = member.Id,
                Device = device,
                AngleDegrees = angle,
                Minutes = minutes,
                StartedAtUtc = startedAtUtc,
                PainBefore = painBefore,
                PainAfter = painAfter,
                Notes = notes,
                CreatedAtUtc = app.Now,
            };
            db.InversionSessions.Add(session);
            await db.SaveChangesAsync();
            return session;
        });

    /// <summary>The workout is put in the series the settings name as postural (made when missing).</summary>
    public static Task GivenPosturalAsync(this AppFactory app, Workout workout) => app.WithDbAsync(async db =>
    {
        var slug = new BackCareSettings().PosturalSeriesSlug!;
        var series = db.Series.SingleOrDefault(s => s.Slug == slug);
        if (series is null)
        {
            series = new Series { Slug = slug, Title = "Postural therapy basics", Summary = "Posture.", Published = true, CreatedAtUtc = app.Now };
            db.Series.Add(series);
        }
        db.SeriesItems.Add(new SeriesItem { SeriesId = series.Id, WorkoutId = workout.Id, Position = 0 });
        return await db.SaveChangesAsync();
    });

    public static Task GivenWorkoutDoneAsync(this AppFactory app, AppUser member, Workout workout, DateTime finishedAtUtc) => app.WithDbAsync(db =>
    {
        db.WorkoutSessions.Add(new WorkoutSession
        {
            MemberId = member.Id,
            WorkoutId = workout.Id,
            StartedAtUtc = finishedAtUtc.AddMinutes(-10),
            FinishedAtUtc = finishedAtUtc,
            SecondsDone = 600,
        });
        return db.SaveChangesAsync();
    });
}
