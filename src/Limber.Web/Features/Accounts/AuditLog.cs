using System.Security.Claims;
using Limber.Infrastructure.Data;

namespace Limber.Features.Accounts;

/// <summary>Records account changes; the entry is saved with the change it describes (same SaveChanges).</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public void Record(ClaimsPrincipal actor, Guid? subjectId, string action, string details = "") =>
        db.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.UserId(),
            ActorName = actor.DisplayName() is { Length: > 0 } name ? name : "System",
            SubjectId = subjectId,
            Action = action,
            Details = details.Length > AuditEntry.DetailsMaxLength ? details[..AuditEntry.DetailsMaxLength] : details,
        });
}
