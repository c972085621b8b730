using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Accounts;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(e => e.ActorName).HasMaxLength(AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength).IsRequired();
        builder.HasIndex(e => new { e.SubjectId, e.AtUtc });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.SubjectId).OnDelete(DeleteBehavior.SetNull);
    }
}
