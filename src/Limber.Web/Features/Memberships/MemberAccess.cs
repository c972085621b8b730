using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Articles;

namespace Limber.Features.Memberships;

/// <summary>
/// The one place that decides who may read what; pages, the API and the feed all ask it.
/// Until paid memberships exist, premium content is readable by staff only, so nothing premium
/// leaks to the public in the meantime.
/// </summary>
public sealed class MemberAccess
{
    public bool CanRead(ClaimsPrincipal reader, ArticleVisibility visibility) => visibility switch
    {
        ArticleVisibility.Public => true,
        ArticleVisibility.Members => reader.Identity?.IsAuthenticated == true,
        _ => reader.IsStaff(),
    };
}
