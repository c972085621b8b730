using Microsoft.AspNetCore.Antiforgery;

namespace Limber.Infrastructure.Web;

/// <summary>
/// For JSON writes called with the session cookie: the antiforgery token must come in the
/// <c>X-CSRF-TOKEN</c> header, so another site cannot make a signed-in member's browser send it.
/// </summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token",
                detail: $"Send the token from the page's csrf-token meta tag in the {HeaderName} header.");
        }
        return await next(context);
    }
}
