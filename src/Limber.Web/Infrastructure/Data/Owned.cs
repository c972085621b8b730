namespace Limber.Infrastructure.Data;

/// <summary>A row that belongs to one member: their log entries, favorites, membership ... (house rule 9).</summary>
public interface IOwnedByMember
{
    Guid MemberId { get; }
}

public static class OwnedQueries
{
    /// <summary>
    /// The member's own rows: where every read of per-member data starts, so an id from a route never
    /// reaches the database without its owner, and another member's id finds nothing (a 404).
    /// </summary>
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> rows, Guid? memberId) where T : class, IOwnedByMember =>
        memberId is { } id ? rows.Where(r => r.MemberId == id) : rows.Where(_ => false);
}
