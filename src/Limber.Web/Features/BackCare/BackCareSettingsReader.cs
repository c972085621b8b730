using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>The creator's back-care settings (the seeded row; defaults if it is missing).</summary>
public sealed class BackCareSettingsReader(AppDbContext db)
{
    public async Task<BackCareSettings> GetAsync(CancellationToken cancellationToken) =>
        await db.BackCareSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == BackCareSettings.SingletonId, cancellationToken)
        ?? new BackCareSettings();
}
