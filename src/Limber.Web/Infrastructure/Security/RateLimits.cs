using System.Threading.RateLimiting;

namespace Limber.Infrastructure.Security;

/// <summary>
/// Rate limits per client address. Sign-in attempts are limited here (plus Identity's lockout per
/// account), so guessing passwords across many accounts from one address is slow too.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>Sign-in POSTs allowed per address per minute.</summary>
    public const int SignInPerMinute = 10;

    public static IServiceCollection AddRateLimits(this IServiceCollection services) => services.AddRateLimiter(options =>
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = SignInPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("get"));
        options.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            return ValueTask.CompletedTask;
        };
    });

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
