using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Accounts;

/// <summary>
/// A sign-in session that was logged out. Its id is in the sign-in cookie (<see cref="MemberSessions.Claim"/>);
/// kept until the cookie could have expired by itself, so a copy of the cookie dies at logout.
/// </summary>
public sealed class EndedSession
{
    public Guid Id { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
}

public sealed class EndedSessionConfiguration : IEntityTypeConfiguration<EndedSession>
{
    public void Configure(EntityTypeBuilder<EndedSession> builder)
    {
        builder.ToTable("EndedSessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.ExpiresAtUtc);
    }
}
