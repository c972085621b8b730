using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Email;

/// <summary>Sends through the SMTP server in <see cref="EmailOptions.Smtp"/> with MailKit.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, MimeMessages messages, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        var host = smtp.Host ?? throw new InvalidOperationException("Limber:Email:Smtp:Host is not set.");
        await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(messages.Build(message), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent \"{Subject}\" to {To} through {Host}.", message.Subject, message.ToAddress, smtp.Host);
    }
}
