using System.Globalization;
using CsvHelper;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>
/// "Download CSV": every inversion session and pain entry of the member, oldest first, one row each
/// under one header row. UTF-8 with a byte order mark, so a spreadsheet reads "°" and accents right;
/// times in ISO 8601 on the member's clock with its offset; text that a spreadsheet would run as a
/// formula is written as text.
/// </summary>
public sealed class InsightsCsv(AppDbContext db, MemberDates dates)
{
    public const string FileName = "back-care.csv";

    public static readonly string[] Header = ["kind", "date", "time", "area", "score", "device", "angle", "minutes", "painBefore", "painAfter", "notes"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public async Task<byte[]> WriteAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var zone = await dates.ZoneAsync(memberId, cancellationToken);
        var pain = await db.PainEntries.AsNoTracking().OwnedBy(memberId).ToListAsync(cancellationToken);
        var sessions = await db.InversionSessions.AsNoTracking().OwnedBy(memberId).ToListAsync(cancellationToken);
        var rows = pain.Select(p => (At: p.RecordedAtUtc, Fields: Row("pain", p.RecordedAtUtc, zone, area: PainAreas.Label(p.Area), score: p.Score, notes: p.Notes)))
            .Concat(sessions.Select(s => (At: s.StartedAtUtc, Fields: Row("session", s.StartedAtUtc, zone, device: s.Device.ToString(), angle: s.AngleDegrees,
                minutes: s.Minutes, painBefore: s.PainBefore, painAfter: s.PainAfter, notes: s.Notes))))
            .OrderBy(r => r.At);
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var (_, fields) in rows)
            {
                csv.WriteRecord(fields);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The local time with its offset: <c>2026-01-15T10:30:00+01:00</c>.</summary>
    public static string IsoTime(DateTime utc, TimeZoneInfo zone) =>
        new DateTimeOffset(Times.Local(utc, zone), zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)))
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string?[] Row(string kind, DateTime utc, TimeZoneInfo zone, string? area = null, int? score = null, string? device = null,
        int? angle = null, int? minutes = null, int? painBefore = null, int? painAfter = null, string? notes = null) =>
    [
        kind, Times.Today(utc, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), IsoTime(utc, zone), area, Number(score), device,
        Number(angle), Number(minutes), Number(painBefore), Number(painAfter), notes,
    ];

    private static string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);
}
