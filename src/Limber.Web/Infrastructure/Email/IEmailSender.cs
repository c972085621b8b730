namespace Limber.Infrastructure.Email;

/// <summary>Sends one message. Implementations: SMTP (MailKit) and .eml files in the data folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A message with both a plain-text and an HTML body.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);
