namespace Limber.Infrastructure.Web;

/// <summary>
/// Headers every response carries. The content security policy allows only our own scripts and
/// styles: nothing is loaded from a CDN, and there is no inline script to allow.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; " +
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API reference (Swagger UI) sets inline styles on its elements.
    private const string ApiDocsPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? ApiDocsPolicy : Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (IsPersonal(context.Request.Path))
        {
            context.Response.OnStarting(NotStoredWhenSignedIn, context);
        }
        return next(context);
    });

    /// <summary>Where a signed-in member's answers are their own: the API, their account, their pages, the admin.</summary>
    private static bool IsPersonal(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/account") || path.StartsWithSegments("/me") || path.StartsWithSegments("/admin");

    /// <summary>A member's own data (their export, their profile as JSON) is kept by no cache, shared or the browser's.</summary>
    private static Task NotStoredWhenSignedIn(object state)
    {
        var context = (HttpContext)state;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Response.Headers.CacheControl = "no-store";
        }
        return Task.CompletedTask;
    }
}
