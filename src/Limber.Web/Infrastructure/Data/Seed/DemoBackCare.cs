using Limber.Features.BackCare;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Data.Seed;

/// <summary>
/// Six weeks of back care for the demo member Claire (the commenter who sleeps better since she
/// started inverting): a clear self-check, table sessions building from 2 minutes at 20°, and daily
/// pain scores that ease slowly, so the tools have a history to show. Added once, after the demo members.
/// </summary>
public sealed class DemoBackCare(AppDbContext db, TimeProvider clock)
{
    public const string MemberEmail = "claire@demo.limber.example";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var claire = await db.Users.Where(u => u.NormalizedEmail == MemberEmail.ToUpperInvariant()).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (claire is not { } id || await db.SelfChecks.AnyAsync(s => s.MemberId == id, cancellationToken))
        {
            return;
        }
        var today = clock.GetUtcNow().UtcDateTime.Date;
        db.SelfChecks.Add(new SelfCheck { MemberId = id, AnsweredAtUtc = today.AddDays(-43).AddHours(19) });
        // A fixed seed: every fresh install shows the same history.
        var random = new Random(42);
        for (var day = 42; day >= 1; day--)
        {
            var date = today.AddDays(-day);
            var progress = (42 - day) / 42.0;
            if (day % 7 is not (3 or 6))
            {
                var before = Math.Clamp((int)Math.Round(5 - (2 * progress) + random.Next(-1, 2)), 1, 8);
                db.InversionSessions.Add(new InversionSession
                {
                    MemberId = id,
                    Device = Device.Table,
                    AngleDegrees = 20 + (5 * (int)(progress * 4)),
                    Minutes = 2 + (int)(progress * 3),
                    StartedAtUtc = date.AddHours(19).AddMinutes(random.Next(0, 40)),
                    PainBefore = before,
                    PainAfter = Math.Max(0, before - random.Next(0, 3)),
                    CreatedAtUtc = date.AddHours(20),
                });
            }
            db.PainEntries.Add(new PainEntry
            {
                MemberId = id,
                Area = PainArea.LowerBack,
                Score = Math.Clamp((int)Math.Round(5.5 - (2.5 * progress) + random.Next(-1, 2)), 0, 10),
                RecordedAtUtc = date.AddHours(8),
                CreatedAtUtc = date.AddHours(8),
            });
            if (day % 3 == 0)
            {
                db.PainEntries.Add(new PainEntry { MemberId = id, Area = PainArea.Neck, Score = random.Next(1, 4), RecordedAtUtc = date.AddHours(13), CreatedAtUtc = date.AddHours(13) });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
