namespace Limber.Features.Comments;

public static class CommentsFeature
{
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddScoped<CommentTargets>();
        services.AddScoped<CommentThreadQuery>();
        services.AddScoped<CommentThreadViews>();
        services.AddScoped<CommentRules>();
        services.AddScoped<PostComment>();
        services.AddScoped<ChangeOwnComment>();
        services.AddScoped<ReportComment>();
        services.AddScoped<ModerateComment>();
        services.AddScoped<Accounts.IMemberDataContributor, CommentsData>();
        return services;
    }

    /// <summary>
    /// The one line a kind of content needs to take comments: its thread on its page (with
    /// <see cref="CommentThreadViews"/>), the forms, moderation, reply notifications and the API.
    /// </summary>
    public static IServiceCollection AddCommentTarget<TSource>(this IServiceCollection services)
        where TSource : class, ICommentTargetSource =>
        services.AddScoped<ICommentTargetSource, TSource>();

    public static IEndpointRouteBuilder MapComments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCommentsApi();
        return endpoints;
    }
}
