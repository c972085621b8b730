namespace Limber.Infrastructure.Email;

/// <summary>Sends one message. Implementations: SMTP (MailKit) and .eml files in the data folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A message with both a plain-text and an HTML body.</summary>
/// <param name="UnsubscribeUrl">One-click unsubscribe address (List-Unsubscribe headers), for notification mail.</param>
/// <param name="MessageId">A stable id (the outbox row's), so a resent message is recognisably the same.</param>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody,
    string? UnsubscribeUrl = null, Guid? MessageId = null);
