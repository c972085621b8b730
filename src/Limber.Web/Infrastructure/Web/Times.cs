using System.Globalization;

namespace Limber.Infrastructure.Web;

/// <summary>
/// Times as pages write them. Stored times are UTC (a SQLite read gives them back without a kind);
/// a <c>&lt;time datetime&gt;</c> gets <see cref="Machine"/>, and the text a member reads is in
/// their own time zone where the page is theirs alone (signed in, never cached).
/// </summary>
public static class Times
{
    /// <summary>
    /// A valid HTML <c>datetime</c> value, to the second: <c>2026-12-01T10:00:00Z</c>. The round-trip
    /// format ("O") wrote seven fractional digits, which the W3C checker rejects, and no zone at all
    /// for a time read back from SQLite.
    /// </summary>
    public static string Machine(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The zone of a member's profile setting (an IANA id such as "Europe/Paris"); UTC when unknown or unset.</summary>
    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The stored UTC time on the clock of <paramref name="zone"/>.</summary>
    public static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>The member's calendar date at <paramref name="utc"/>: a day begins at 00:00 on their clock.</summary>
    public static DateOnly Today(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(Local(utc, zone));
}
