namespace Limber.Infrastructure.Email;

/// <summary>Sends messages. Implementations: SMTP (MailKit) and .eml files in the data folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// A delivery session for several messages, each sent (or failing) on its own: over SMTP one
    /// connection for all of them rather than a connection, TLS handshake and login per message.
    /// </summary>
    IEmailBatch StartBatch() => new OneByOne(this);

    private sealed class OneByOne(IEmailSender sender) : IEmailBatch
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) => sender.SendAsync(message, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Messages sent in one session (see <see cref="IEmailSender.StartBatch"/>); disposing it ends the session.</summary>
public interface IEmailBatch : IAsyncDisposable
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A message with both a plain-text and an HTML body.</summary>
/// <param name="UnsubscribeUrl">One-click unsubscribe address (List-Unsubscribe headers), for notification mail.</param>
/// <param name="MessageId">A stable id (the email job's), so a resent message is recognisably the same.</param>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody,
    string? UnsubscribeUrl = null, Guid? MessageId = null);
