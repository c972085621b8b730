using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Favorites;

/// <summary>Something a member keeps in their favorites: content of a registered <see cref="IFavoriteKind"/>, by id.</summary>
public sealed class Favorite : IOwnedByMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public const int KindMaxLength = 20;

    /// <summary>The <see cref="IFavoriteKind.Name"/>: "workout", "article".</summary>
    public string Kind { get; init; } = "";

    public Guid TargetId { get; init; }

    public DateTime CreatedAtUtc { get; init; }
}

public sealed class FavoriteConfiguration : IEntityTypeConfiguration<Favorite>
{
    public void Configure(EntityTypeBuilder<Favorite> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Kind).HasMaxLength(Favorite.KindMaxLength);
        builder.HasIndex(f => new { f.MemberId, f.Kind, f.TargetId }).IsUnique();
        builder.HasIndex(f => new { f.MemberId, f.CreatedAtUtc });
    }
}
