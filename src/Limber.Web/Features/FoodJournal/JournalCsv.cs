using System.Globalization;
using CsvHelper;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.FoodJournal;

/// <summary>
/// "Download CSV": the member's entries from one day to another, day by day and meal by meal, one
/// header row; UTF-8 with a byte order mark, invariant numbers, formula-like text written as text.
/// </summary>
public sealed class JournalCsv(AppDbContext db)
{
    public const int MaxDays = 366;

    public static readonly string[] Header =
        ["date", "meal", "kind", "name", "amount", "unit", "grams", "energyKcal", "protein", "carbohydrate", "fat", "fibre", "saturatedFat", "sugars", "sodiumMg"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static string FileName(DateOnly from, DateOnly to) => $"food-journal-{JournalDays.Format(from)}-to-{JournalDays.Format(to)}.csv";

    public async Task<byte[]> WriteAsync(Guid memberId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var entries = (await db.JournalEntries.AsNoTracking().OwnedBy(memberId).Where(e => e.Date >= from && e.Date <= to)
            .OrderBy(e => e.Date).ThenBy(e => e.CreatedAtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken))
            .OrderBy(e => e.Date).ThenBy(e => Array.IndexOf(JournalDays.Meals, e.Meal));
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var e in entries)
            {
                csv.WriteRecord(new[]
                {
                    JournalDays.Format(e.Date), e.Meal.ToString().ToLowerInvariant(), e.Kind.ToString().ToLowerInvariant(), e.Name, Number(e.Amount), e.Unit,
                    Number(e.Grams), Number(e.EnergyKcal), Number(e.Protein), Number(e.Carbohydrate), Number(e.Fat), Number(e.Fibre),
                    Number(e.SaturatedFat), Number(e.Sugars), Number(e.SodiumMg),
                });
            }
        }
        return stream.ToArray();
    }

    private static string? Number(double? value) => value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : null;
}
