using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Caching.Memory;

namespace Limber.Features.Settings;

/// <summary>
/// Product choices an admin changes at runtime (configuration is for deploy-time facts). One row;
/// read through <see cref="SiteSettingsReader"/>, which caches it until it is saved again.
/// </summary>
public sealed class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    /// <summary>Members may comment (on articles that allow it). Off closes every thread.</summary>
    public bool CommentsEnabled { get; set; } = true;

    /// <summary>Hold a member's first comment until a moderator approves it.</summary>
    public bool HoldFirstComment { get; set; }

    /// <summary>Hold comments with more links than this for approval.</summary>
    [Range(0, 100)]
    public int HoldAboveLinks { get; set; } = 2;

    /// <summary>Close an article's comments this many days after it was published; null never closes.</summary>
    [Range(1, 3650)]
    public int? CloseCommentsAfterDays { get; set; }

    /// <summary>When a member deletes their account, remove their comments instead of keeping them as "Deleted member".</summary>
    public bool RemoveCommentsOfDeletedMembers { get; set; }
}

public sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new SiteSettings());
    }
}

public sealed class SiteSettingsReader(AppDbContext db, IMemoryCache cache, Infrastructure.Web.PageCacheEvictions pages)
{
    private const string CacheKey = "limber:site-settings";

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CacheKey, async _ =>
            await db.Set<SiteSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken)
            ?? new SiteSettings()))!;

    public async Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken)
    {
        db.Set<SiteSettings>().Update(settings);
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey);
        await pages.ContentChangedAsync(cancellationToken);
    }
}
