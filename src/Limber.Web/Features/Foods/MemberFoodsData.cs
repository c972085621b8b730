using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Foods;

/// <summary>A member's own foods in their export; the rows go with the account (cascade on the owner).</summary>
public sealed class MemberFoodsData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "foods";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) =>
        (await db.Foods.AsNoTracking().Where(f => f.OwnerId == member.Id).OrderBy(f => f.Name).ToListAsync(cancellationToken))
            .Select(f => new { f.Name, f.Brand, Per100Grams = f.Per100Grams, Portions = f.Portions.Select(p => new { p.Amount, p.Unit, p.Grams }) });

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
