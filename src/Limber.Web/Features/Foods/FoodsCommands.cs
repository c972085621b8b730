using System.CommandLine;
using Limber.Features.Foods.Import;
using Limber.Features.Foods.Table;
using Limber.Infrastructure.Data;

namespace Limber.Features.Foods;

/// <summary>
/// The <c>foods</c> verbs: <c>foods import --format sr28|fdc|off PATH</c> (a site owner's download)
/// and <c>foods table --sr28 DIR --to FILE</c> (rebuilds the shipped table from USDA's files).
/// </summary>
public static class FoodsCommands
{
    public static Command Create(IServiceProvider services)
    {
        var format = new Option<string>("--format") { Description = "sr28 (USDA SR28 ASCII folder), fdc (FoodData Central CSV folder) or off (Open Food Facts CSV file).", Required = true };
        format.AcceptOnlyFromAmong("sr28", "fdc", "off");
        var path = new Argument<string>("path") { Description = "The folder (sr28, fdc) or file (off) to import." };
        var import = new Command("import", "Import or update foods from a USDA or Open Food Facts download, then exit.") { format, path };
        import.SetAction(async (result, cancellationToken) =>
        {
            var input = new ImportFoods.Input(Enum.Parse<ImportFormat>(result.GetValue(format)!, ignoreCase: true), result.GetValue(path)!);
            if (input.Format == ImportFormat.Off ? !File.Exists(input.Path) : !Directory.Exists(input.Path))
            {
                await Console.Error.WriteLineAsync($"There is no {(input.Format == ImportFormat.Off ? "file" : "folder")} {input.Path}.");
                return 1;
            }
            await using var scope = services.CreateAsyncScope();
            await DatabaseInitializer.MigrateAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Limber.Cli"), cancellationToken);
            try
            {
                var report = await scope.ServiceProvider.GetRequiredService<ImportFoods>().HandleAsync(input, Console.Out, cancellationToken);
                await Console.Out.WriteLineAsync(report.Summary);
                return 0;
            }
            catch (FileNotFoundException missing)
            {
                await Console.Error.WriteLineAsync(missing.Message);
                return 1;
            }
        });

        var sr28 = new Option<string>("--sr28") { Description = "The folder of USDA's SR28 ASCII files.", Required = true };
        var to = new Option<string>("--to") { Description = "The table file to write (sr28.tsv.gz).", Required = true };
        var table = new Command("table", "Rebuild the shipped food table from USDA's SR28 files, then exit.") { sr28, to };
        table.SetAction(async (result, cancellationToken) =>
        {
            var foods = new List<Food>();
            await foreach (var row in Sr28Reader.ReadAsync(result.GetValue(sr28)!, cancellationToken))
            {
                if (row.Food is not null)
                {
                    foods.Add(row.Food);
                }
                else if (row.Problem is not null)
                {
                    await Console.Error.WriteLineAsync(row.Problem);
                }
            }
            await using (var file = File.Create(result.GetValue(to)!))
            {
                await ShippedTable.WriteAsync(foods, file, cancellationToken);
            }
            await Console.Out.WriteLineAsync($"Wrote {foods.Count:N0} foods to {result.GetValue(to)} ({new FileInfo(result.GetValue(to)!).Length / 1024:N0} KB).");
            return 0;
        });

        return new Command("foods", "The food table: import foods from a download, rebuild the shipped table.") { import, table };
    }
}
