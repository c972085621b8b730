using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Foods.Import;

/// <summary>
/// Saves the foods of one source in batches, by (Source, SourceId): a food already stored is
/// updated in place when anything about it changed, a new one is added, none is ever doubled. Each
/// batch is one lookup and one SaveChanges, then the change tracker is cleared, so memory stays
/// flat however long the file. <c>storedNone</c> skips the lookup when the caller knows the
/// source has no food stored yet (the shipped table's first load).
/// </summary>
internal sealed class FoodUpsert(AppDbContext db, DateTime nowUtc, int batchSize = 1000, bool storedNone = false)
{
    private readonly Dictionary<string, Food> _batch = [];

    public int Added { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Saved => Added + Updated + Unchanged;

    public async Task AddAsync(Food food, CancellationToken cancellationToken)
    {
        // The same food twice in one file (Open Food Facts has repeated barcodes): the later row wins.
        _batch[food.SourceId] = food;
        if (_batch.Count >= batchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch.Count == 0)
        {
            return;
        }
        var source = _batch.Values.First().Source;
        var ids = _batch.Keys.ToList();
        var stored = storedNone ? [] : await db.Foods.Where(f => f.Source == source && f.OwnerId == null && ids.Contains(f.SourceId))
            .ToDictionaryAsync(f => f.SourceId, cancellationToken);
        foreach (var food in _batch.Values)
        {
            if (!stored.TryGetValue(food.SourceId, out var existing))
            {
                food.UpdatedAtUtc = nowUtc;
                db.Foods.Add(food);
                Added++;
            }
            else if (Same(existing, food))
            {
                Unchanged++;
            }
            else
            {
                Copy(food, existing);
                existing.UpdatedAtUtc = nowUtc;
                Updated++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        _batch.Clear();
    }

    private static bool Same(Food a, Food b) =>
        a.Name == b.Name && a.Brand == b.Brand && a.Group == b.Group && a.Commonness == b.Commonness
        && a.Per100Grams == b.Per100Grams
        && a.Portions.Select(p => (p.Amount, p.Unit, p.Grams)).SequenceEqual(b.Portions.Select(p => (p.Amount, p.Unit, p.Grams)));

    private static void Copy(Food from, Food to)
    {
        to.Name = from.Name;
        to.Brand = from.Brand;
        to.Group = from.Group;
        to.Commonness = from.Commonness;
        to.Per100Grams = from.Per100Grams;
        to.Portions = from.Portions;
    }
}
