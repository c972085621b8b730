using System.Text.Json;

namespace Limber.Infrastructure.Jobs;

/// <summary>One registered kind of job: its payload type and how to run a job of it in a scope.</summary>
public sealed class JobKind(string name, Type payloadType, Func<IServiceProvider, Job, CancellationToken, Task> run)
{
    public string Name => name;

    public Type PayloadType => payloadType;

    public Task RunAsync(IServiceProvider services, Job job, CancellationToken cancellationToken) => run(services, job, cancellationToken);

    internal static JobKind For<THandler, TPayload>(string name) where THandler : IJobHandler<TPayload> =>
        new(name, typeof(TPayload), async (services, job, cancellationToken) =>
        {
            var payload = JsonSerializer.Deserialize<TPayload>(job.Payload, JobQueue.Json)
                ?? throw new JsonException($"The payload of job {job.Id} is empty.");
            await services.GetRequiredService<THandler>().RunAsync(payload, new JobContext(job.Id, job.Kind, job.Attempts), cancellationToken);
        });
}

/// <summary>The kinds this node can run, by name.</summary>
public sealed class JobKinds
{
    private readonly Dictionary<string, JobKind> _kinds;

    public JobKinds(IEnumerable<JobKind> kinds)
    {
        _kinds = new(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            if (!_kinds.TryAdd(kind.Name, kind))
            {
                throw new InvalidOperationException($"Two handlers are registered for jobs of kind \"{kind.Name}\".");
            }
        }
    }

    public JobKind? Find(string name) => _kinds.GetValueOrDefault(name);
}
