using Limber.Infrastructure.Data;

namespace Limber.Features.Foods.Import;

/// <summary>The files a site owner can import foods from.</summary>
public enum ImportFormat
{
    /// <summary>USDA SR28 ASCII files (a folder: FOOD_DES.txt, NUT_DATA.txt[.gz], WEIGHT.txt, FD_GROUP.txt).</summary>
    Sr28,

    /// <summary>A USDA FoodData Central CSV download (a folder: food.csv, food_nutrient.csv, nutrient.csv, food_portion.csv ...).</summary>
    Fdc,

    /// <summary>The Open Food Facts CSV export (one tab-separated file, possibly gzipped).</summary>
    Off,
}

/// <summary>What an import did: foods added, updated, found unchanged, rows skipped, and the problems (the first <see cref="ImportFoods.MaxProblemsKept"/>).</summary>
public sealed record ImportReport(int Added, int Updated, int Unchanged, int Skipped, IReadOnlyList<string> Problems)
{
    public string Summary => $"Added {Added:N0}, updated {Updated:N0}, unchanged {Unchanged:N0}, skipped {Skipped:N0}.";
}

/// <summary>
/// Imports a source's foods into the shared table (docs/decisions/0018): streams the file, upserts by
/// (Source, SourceId) in batches, so a second import of the same file adds nothing and a newer
/// download updates what changed. A bad row is written to <c>log</c> with its file and line and
/// skipped; the import goes on.
/// </summary>
public sealed class ImportFoods(AppDbContext db, TimeProvider clock)
{
    public const int MaxProblemsKept = 1000;

    public sealed record Input(ImportFormat Format, string Path, int ProgressEvery = 10_000);

    public async Task<ImportReport> HandleAsync(Input input, TextWriter log, CancellationToken cancellationToken)
    {
        var rows = input.Format switch
        {
            ImportFormat.Sr28 => Sr28Reader.ReadAsync(input.Path, cancellationToken),
            ImportFormat.Fdc => FdcReader.ReadAsync(input.Path, cancellationToken),
            _ => OpenFoodFactsReader.ReadAsync(input.Path, cancellationToken),
        };
        var upsert = new FoodUpsert(db, clock.GetUtcNow().UtcDateTime);
        var problems = new List<string>();
        var (read, skipped) = (0, 0);
        await foreach (var row in rows)
        {
            if (row.Food is null)
            {
                skipped++;
                if (row.Problem is not null)
                {
                    await log.WriteLineAsync(row.Problem);
                    if (problems.Count < MaxProblemsKept)
                    {
                        problems.Add(row.Problem);
                    }
                }
                continue;
            }
            await upsert.AddAsync(row.Food, cancellationToken);
            if (++read % input.ProgressEvery == 0)
            {
                await log.WriteLineAsync($"… {read:N0} foods read, {upsert.Saved:N0} saved");
            }
        }
        await upsert.FlushAsync(cancellationToken);
        return new ImportReport(upsert.Added, upsert.Updated, upsert.Unchanged, skipped, problems);
    }
}
