using Limber.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Favorites;

/// <summary>Something a member keeps in their favorites: a workout or an article (recipes later, same table).</summary>
public sealed class Favorite
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public FavoriteKind Kind { get; init; }

    public Guid TargetId { get; init; }

    public DateTime CreatedAtUtc { get; init; }
}

public enum FavoriteKind
{
    Workout,
    Article,
}

public sealed class FavoriteConfiguration : IEntityTypeConfiguration<Favorite>
{
    public void Configure(EntityTypeBuilder<Favorite> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(f => new { f.MemberId, f.Kind, f.TargetId }).IsUnique();
        builder.HasIndex(f => new { f.MemberId, f.CreatedAtUtc });
    }
}
