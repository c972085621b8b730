namespace Limber.Features.Accounts;

/// <summary>One recorded change to an account: who did what to whom, and when.</summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 60;
    public const int DetailsMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTime AtUtc { get; init; }

    /// <summary>Who made the change; null once that account is deleted.</summary>
    public Guid? ActorId { get; init; }

    /// <summary>The actor's name at the time, kept when the account is gone.</summary>
    public string ActorName { get; init; } = "";

    /// <summary>The account changed; null once it is deleted.</summary>
    public Guid? SubjectId { get; set; }

    public string Action { get; init; } = "";

    public string Details { get; init; } = "";
}
