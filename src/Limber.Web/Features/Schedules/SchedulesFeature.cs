using Limber.Features.Accounts;
using Limber.Features.Workouts;

namespace Limber.Features.Schedules;

public static class SchedulesFeature
{
    public static IServiceCollection AddSchedules(this IServiceCollection services)
    {
        services.AddOptions<SchedulesOptions>().BindConfiguration(SchedulesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ScheduleCatalog>();
        services.AddScoped<MyScheduleViews>();
        services.AddScoped<StartSchedule>();
        services.AddScoped<FollowSchedule>();
        services.AddScoped<SaveSchedule>();
        services.AddScoped<ScheduleReminders>();
        services.AddSingleton<ReminderLinks>();
        services.AddHostedService<ScheduleReminderWorker>();
        services.AddScoped<IWorkoutCompletion, ScheduleCompletion>();
        services.AddScoped<IMemberDataContributor, ScheduleData>();
        services.AddScoped<IAccountOverviewCard, MyScheduleCard>();
        services.AddAccountLink("My schedule", "/me/schedule", 50);
        return services;
    }

    public static IEndpointRouteBuilder MapSchedules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSchedulesApi();
        endpoints.MapScheduleCalendar();
        return endpoints;
    }
}

/// <summary>Schedules, bound from <c>Limber:Schedules</c>.</summary>
public sealed class SchedulesOptions
{
    public const string Section = "Limber:Schedules";

    /// <summary>Minutes between looks for due reminder emails on each node; 0 sends none. Default 5.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 60)]
    public int ReminderSweepMinutes { get; set; } = 5;
}
