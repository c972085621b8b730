namespace Limber.Infrastructure.Jobs;

/// <summary>
/// Does the work of one kind of job. Registered with <see cref="JobsSetup.AddJob{THandler, TPayload}"/>, it
/// is resolved once per batch of due jobs of its kind and given them one after another, so it may keep
/// what they share (an SMTP session) for the batch and release it when disposed. Returning is success;
/// an exception fails the attempt (retried after a pause, dead-lettered after the last try).
/// </summary>
public interface IJobHandler<in TPayload>
{
    Task RunAsync(TPayload payload, JobContext job, CancellationToken cancellationToken);
}

/// <summary>The job being run: its id is stable across retries (the email's Message-Id).</summary>
public sealed record JobContext(Guid Id, string Kind, int Attempt);
