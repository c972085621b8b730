using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.FoodJournal;

/// <summary>
/// The journal is Premium (staff too). Decided once, before anything else: a free member sees the
/// join prompt on every journal page (403 for a form they post) and gets 403 from the API; an id in
/// the request is looked up only for a Premium member. A member whose Premium lapsed keeps their
/// entries (they are in the export) and sees them again when it returns.
/// </summary>
public static class JournalAccess
{
    public const string PremiumOnly = "The food journal is part of Premium.";

    public static async Task<bool> AllowsAsync(this MemberAccess access, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await access.ReaderAsync(user, cancellationToken)).HasPremium;
}

/// <summary>A journal page: <see cref="Locked"/> for a member without Premium, whose handler then never runs.</summary>
public abstract class JournalPageModel(MemberAccess access) : PageModel
{
    /// <summary>The member has no Premium: the page shows only the join prompt.</summary>
    public bool Locked { get; private set; }

    protected Guid Me => User.UserId()!.Value;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await access.AllowsAsync(User, HttpContext.RequestAborted))
        {
            await next();
            return;
        }
        Locked = true;
        if (!HttpMethods.IsGet(Request.Method))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        context.Result = Page();
    }
}

/// <summary>The API's Premium check: 403 with the reason, after sign-in (401) and before the request is read further.</summary>
public sealed class JournalPremiumFilter(MemberAccess access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await access.AllowsAsync(context.HttpContext.User, context.HttpContext.RequestAborted)
            ? await next(context)
            : Result.Forbidden(JournalAccess.PremiumOnly).ToProblem();
}
