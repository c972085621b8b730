using Limber.Infrastructure.Web;

namespace Limber.Features.BackCare;

/// <summary>Saves a self-check: every question answered Yes or No, and the doctor's clearance (which counts only with a "Yes").</summary>
public sealed class SaveSelfCheck(Infrastructure.Data.AppDbContext db, TimeProvider clock)
{
    public const string Unanswered = "Answer “Yes” or “No”.";

    /// <param name="Answers">Per <see cref="Condition.Key"/>: true for "Yes", false for "No", missing when not answered.</param>
    public sealed record Input(IReadOnlyDictionary<string, bool?> Answers, bool ClearedByDoctor);

    public async Task<Result<SelfCheck>> HandleAsync(Guid memberId, Input input, CancellationToken cancellationToken)
    {
        var missing = Condition.All.Where(c => input.Answers.GetValueOrDefault(c.Key) is null).ToDictionary(c => c.Key, _ => Unanswered);
        if (missing.Count > 0)
        {
            return Result.Invalid(missing);
        }
        bool Yes(string key) => input.Answers[key] == true;
        var anyYes = Condition.All.Any(c => Yes(c.Key));
        var check = new SelfCheck
        {
            MemberId = memberId,
            AnsweredAtUtc = clock.GetUtcNow().UtcDateTime,
            HighBloodPressure = Yes(nameof(SelfCheck.HighBloodPressure)),
            HeartDisease = Yes(nameof(SelfCheck.HeartDisease)),
            Glaucoma = Yes(nameof(SelfCheck.Glaucoma)),
            Pregnancy = Yes(nameof(SelfCheck.Pregnancy)),
            RecentSurgery = Yes(nameof(SelfCheck.RecentSurgery)),
            Osteoporosis = Yes(nameof(SelfCheck.Osteoporosis)),
            // Clearance means something only beside a "Yes"; without one there is nothing to clear.
            ClearedByDoctor = anyYes && input.ClearedByDoctor,
        };
        db.SelfChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(check);
    }
}
