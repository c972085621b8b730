using Limber.Infrastructure.Jobs;

namespace Limber.Infrastructure.Email;

/// <summary>
/// Sends queued email: every message the site sends is a job of this kind, queued with the change that
/// causes it (<c>jobs.Enqueue(EmailJob.Kind, message)</c>). One instance serves a batch of due messages
/// over one delivery session (one SMTP connection, TLS handshake and login for all of them). The
/// Message-Id is the job's id, the same on every retry, so a message sent again after a crash is
/// recognisably the same one.
/// </summary>
public sealed class EmailJob(IEmailSender sender) : IJobHandler<EmailMessage>, IAsyncDisposable
{
    /// <summary>The kind's stored name: never rename it, queued mail carries it.</summary>
    public const string Kind = "email";

    private IEmailBatch? _session;

    public Task RunAsync(EmailMessage message, JobContext job, CancellationToken cancellationToken)
    {
        _session ??= sender.StartBatch();
        return _session.SendAsync(message with { MessageId = job.Id }, cancellationToken);
    }

    public ValueTask DisposeAsync() => _session?.DisposeAsync() ?? ValueTask.CompletedTask;
}
