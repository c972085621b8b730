using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Security;

/// <summary>
/// Rate limits per client address on the forms bots and guessers go for, bound from
/// <c>Limber:RateLimits</c>. Only writes count; reading pages is never limited.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Limber:RateLimits";

    /// <summary>Sign-in attempts per client address per minute (accounts also lock after 5 failures). Default 10.</summary>
    [Range(1, 100_000)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Registrations per client address per hour. Default 10.</summary>
    [Range(1, 100_000)]
    public int RegistrationsPerHour { get; set; } = 10;

    /// <summary>Comment posts (and other member writes) per client address per minute, on top of each member's own limit. Default 30.</summary>
    [Range(1, 100_000_000)]
    public int PostsPerMinute { get; set; } = 30;

    /// <summary>Comments one member may post per minute. Default 5.</summary>
    [Range(1, 100_000_000)]
    public int CommentsPerMemberPerMinute { get; set; } = 5;

    /// <summary>Comments one member may post per hour. Default 60.</summary>
    [Range(1, 100_000_000)]
    public int CommentsPerMemberPerHour { get; set; } = 60;

    /// <summary>
    /// Profile saves (the page's form and <c>PATCH /api/v1/me</c>) per client address per minute. A save
    /// may carry a picture, which costs a decode; the decodes themselves queue one per processor. Default 10.
    /// </summary>
    [Range(1, 100_000)]
    public int ProfileSavesPerMinute { get; set; } = 10;

    /// <summary>New profile pictures one member may upload per hour. Default 20.</summary>
    [Range(1, 100_000)]
    public int PictureUploadsPerMemberPerHour { get; set; } = 20;

    /// <summary>Password-reset and confirmation-email requests per client address per hour. Default 10.</summary>
    [Range(1, 100_000)]
    public int EmailRequestsPerHour { get; set; } = 10;
}

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string EmailRequests = "email-requests";
    public const string Posting = "posting";
    public const string ProfileSaves = "profile-saves";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PostsPerAddress(context, SignIn, o => o.SignInPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(Registration, context => PostsPerAddress(context, Registration, o => o.RegistrationsPerHour, TimeSpan.FromHours(1)));
            options.AddPolicy(EmailRequests, context => PostsPerAddress(context, EmailRequests, o => o.EmailRequestsPerHour, TimeSpan.FromHours(1)));
            options.AddPolicy(Posting, context => PostsPerAddress(context, Posting, o => o.PostsPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(ProfileSaves, context => PostsPerAddress(context, ProfileSaves, o => o.ProfileSavesPerMinute, TimeSpan.FromMinutes(1)));
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
    }

    private static RateLimitPartition<string> PostsPerAddress(HttpContext context, string policy, Func<RateLimitOptions, int> permits, TimeSpan window) =>
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter($"{policy}:{context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value),
                Window = window,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("read");
}
