namespace Limber.Infrastructure.Jobs;

public static class JobsSetup
{
    /// <summary>The queue, the runner and this node's background worker. Kinds of job are added by <see cref="AddJob{THandler, TPayload}"/>.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobKinds>();
        services.AddSingleton<JobSignal>();
        services.AddSingleton<JobRunner>();
        services.AddScoped<JobQueue>();
        services.AddHostedService<JobWorker>();
        return services;
    }

    /// <summary>
    /// Registers the handler for jobs of <paramref name="kind"/> (a stable name: it is stored with every
    /// queued job, so renaming it strands the jobs queued under the old one).
    /// </summary>
    public static IServiceCollection AddJob<THandler, TPayload>(this IServiceCollection services, string kind)
        where THandler : class, IJobHandler<TPayload>
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kind.Length, Job.KindMaxLength);
        services.AddScoped<THandler>();
        services.AddSingleton(JobKind.For<THandler, TPayload>(kind));
        return services;
    }
}
