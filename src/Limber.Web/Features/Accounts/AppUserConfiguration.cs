using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Accounts;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.Location).HasMaxLength(AppUser.LocationMaxLength);
        builder.Property(u => u.TimeZone).HasMaxLength(AppUser.TimeZoneMaxLength).IsRequired().HasDefaultValue("UTC");
        builder.Property(u => u.ShowNamePublicly).HasDefaultValue(true);
        builder.Property(u => u.EmailOnReply).HasDefaultValue(true);
        builder.Property(u => u.AvatarKey).HasMaxLength(32);
        builder.Ignore(u => u.PublicName);
    }
}
