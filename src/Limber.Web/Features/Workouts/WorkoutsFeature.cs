using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Favorites;
using Limber.Features.Search;

namespace Limber.Features.Workouts;

public static class WorkoutsFeature
{
    public static IServiceCollection AddWorkouts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkoutsOptions>().BindConfiguration(WorkoutsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<LogWorkout>();
        services.AddScoped<SaveWorkout>();
        services.AddScoped<WorkoutLookup>();
        services.AddScoped<IMemberDataContributor, WorkoutData>();
        services.AddScoped<IAccountOverviewCard, WorkoutLogCard>();
        services.AddFavoriteKind<WorkoutFavorites>();
        services.AddAccountLink("Workout log", "/account/workouts", 40);
        services.AddCommentTarget<WorkoutCommentTarget>();
        services.AddSearchSource<WorkoutSearch>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkouts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWorkoutsApi();
        endpoints.MapWorkoutVideos();
        return endpoints;
    }
}

/// <summary>Workout uploads, bound from <c>Limber:Workouts</c>.</summary>
public sealed class WorkoutsOptions
{
    public const string Section = "Limber:Workouts";

    /// <summary>Largest video upload in megabytes. Default 500.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int MaxVideoMegabytes { get; set; } = 500;
}
