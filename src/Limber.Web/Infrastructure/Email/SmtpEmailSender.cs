using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Email;

/// <summary>
/// Sends through the SMTP server in <see cref="EmailOptions.Smtp"/> with MailKit. A batch (the
/// email jobs') shares one connection; after a failure the next message connects afresh.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, MimeMessages messages, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        await using var session = StartBatch();
        await session.SendAsync(message, cancellationToken);
    }

    public IEmailBatch StartBatch() => new Session(this);

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var client = new SmtpClient();
        try
        {
            var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
            var host = smtp.Host ?? throw new InvalidOperationException("Limber:Email:Smtp:Host is not set.");
            await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task DeliverAsync(SmtpClient client, EmailMessage message, CancellationToken cancellationToken)
    {
        await client.SendAsync(messages.Build(message), cancellationToken);
        logger.LogInformation("Sent \"{Subject}\" to {To} through {Host}.", message.Subject, message.ToAddress, options.Value.Smtp.Host);
    }

    private sealed class Session(SmtpEmailSender sender) : IEmailBatch
    {
        private SmtpClient? _client;

        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            try
            {
                _client ??= await sender.ConnectAsync(cancellationToken);
                await sender.DeliverAsync(_client, message, cancellationToken);
            }
            catch
            {
                // The connection may be broken or half-way through a command: the next message starts a new one.
                _client?.Dispose();
                _client = null;
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client is not { } client)
            {
                return;
            }
            _client = null;
            using (client)
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
        }
    }
}
