using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Infrastructure.Email;

/// <summary>
/// An email waiting to go out, stored in the same transaction as the change that caused it, so a
/// crash or restart loses none; <see cref="OutboxSender"/> sends it and marks it sent.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string ToAddress { get; init; } = "";

    public string ToName { get; init; } = "";

    public string Subject { get; init; } = "";

    public string TextBody { get; init; } = "";

    public string HtmlBody { get; init; } = "";

    /// <summary>The one-click unsubscribe address for the List-Unsubscribe header, if any.</summary>
    public string? UnsubscribeUrl { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime NextAttemptAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public string? LastError { get; set; }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("EmailOutbox");
        builder.Property(m => m.ToAddress).HasMaxLength(256).IsRequired();
        builder.Property(m => m.ToName).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(2000);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}
