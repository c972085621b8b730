namespace Limber.Features.Comments;

public static class CommentsFeature
{
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddScoped<CommentThreadQuery>();
        services.AddScoped<CommentRules>();
        services.AddScoped<PostComment>();
        services.AddScoped<ChangeOwnComment>();
        services.AddScoped<ReportComment>();
        services.AddScoped<ModerateComment>();
        services.AddScoped<Accounts.IMemberDataContributor, CommentsData>();
        return services;
    }

    public static IEndpointRouteBuilder MapComments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCommentsApi();
        return endpoints;
    }
}
