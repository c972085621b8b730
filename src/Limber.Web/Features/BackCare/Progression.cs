using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>
/// The next session the timer suggests, built up gradually: 2 minutes at 20° to begin; a little more
/// (5° and a minute) only after three comfortable sessions in a row (pain after no worse than before);
/// back a step after one that hurt more; never past the creator's maximum angle and minutes. Boots
/// (full inversion) are offered only to members who have logged a table or chair session at 60° or more.
/// </summary>
public static class Progression
{
    public const int StartAngle = 20;
    public const int StartMinutes = 2;
    public const int AngleStep = 5;
    public const int ComfortableInARow = 3;
    public const int BootsAfterAngle = 60;

    /// <param name="recent">The member's sessions, newest first (table and chair count; boots and other do not).</param>
    public static Suggestion Next(IReadOnlyList<InversionSession> recent, BackCareSettings settings)
    {
        var graded = recent.Where(s => s.Device is Device.Table or Device.Chair).ToList();
        int Cap(int angle) => Math.Clamp(angle, 10, settings.MaxAngleDegrees);
        int CapMinutes(int minutes) => Math.Clamp(minutes, 1, settings.MaxMinutes);
        if (graded.Count == 0)
        {
            return new Suggestion(Cap(StartAngle), CapMinutes(StartMinutes), "Start gently: a shallow angle for a couple of minutes.");
        }
        var last = graded[0];
        if (last.PainBefore is { } before && last.PainAfter is { } after && after > before)
        {
            return new Suggestion(Cap(last.AngleDegrees - AngleStep), CapMinutes(last.Minutes - 1),
                "Your last session hurt more afterwards, so this one is a step back. Stop if it hurts.");
        }
        var streak = graded.TakeWhile(s => s.WasComfortable).Count();
        if (streak >= ComfortableInARow)
        {
            var angle = Cap(last.AngleDegrees + AngleStep);
            var minutes = CapMinutes(last.Minutes + 1);
            return angle == last.AngleDegrees && minutes == last.Minutes
                ? new Suggestion(angle, minutes, "You are at the most this site suggests. Stay here as long as it feels good.")
                : new Suggestion(angle, minutes, $"{streak} comfortable sessions in a row: a little more today.");
        }
        return new Suggestion(Cap(last.AngleDegrees), CapMinutes(last.Minutes),
            $"The same as last time: {ComfortableInARow - streak} more comfortable session{(ComfortableInARow - streak == 1 ? "" : "s")} before a little more.");
    }

    /// <summary>A session that opens the boots: a table or chair at <see cref="BootsAfterAngle"/> or more (a query, so the database answers it).</summary>
    public static readonly Expression<Func<InversionSession, bool>> UnlocksBoots =
        s => (s.Device == Device.Table || s.Device == Device.Chair) && s.AngleDegrees >= BootsAfterAngle;

    private static readonly Func<InversionSession, bool> Unlocks = UnlocksBoots.Compile();

    public static bool BootsOffered(IEnumerable<InversionSession> sessions) => sessions.Any(Unlocks);

    public static Task<bool> BootsOfferedAsync(IQueryable<InversionSession> memberSessions, CancellationToken cancellationToken) =>
        memberSessions.AnyAsync(UnlocksBoots, cancellationToken);
}

/// <summary>A session to run: the angle to hold and the minutes inverted, with why.</summary>
public sealed record Suggestion(int AngleDegrees, int Minutes, string Why)
{
    /// <summary>
    /// The timer's steps: a minute a little shallower to settle in (when there is time for it), the
    /// rest at the angle, then a minute upright; the inverted minutes add up to <see cref="Minutes"/>.
    /// </summary>
    public IReadOnlyList<TimerStep> Steps()
    {
        var steps = new List<TimerStep>();
        var hold = Minutes;
        if (Minutes >= 2 && AngleDegrees > 15)
        {
            steps.Add(new TimerStep("Settle in", Math.Max(10, AngleDegrees - 10), 60));
            hold--;
        }
        steps.Add(new TimerStep("Hold and breathe", AngleDegrees, hold * 60));
        steps.Add(new TimerStep("Come up slowly and rest upright", 0, 60));
        return steps;
    }
}

public sealed record TimerStep(string Label, int AngleDegrees, int Seconds);
