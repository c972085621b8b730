using Limber.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Limber.Infrastructure.Security;

/// <summary>
/// Every page in a feature's <c>Admin/</c> folder (and the <c>Features/Admin</c> dashboard) requires
/// the staff policy, so a new admin page cannot be forgotten open; comment moderation
/// (<c>Comments/Admin</c>) requires the moderation policy instead.
/// </summary>
public sealed class AdminFolderConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var path = model.ViewEnginePath;
        if (path.StartsWith("/Admin/", StringComparison.Ordinal) || path.Contains("/Admin/", StringComparison.Ordinal))
        {
            var policy = path.StartsWith("/Comments/Admin/", StringComparison.Ordinal) ? Roles.ModerationPolicy : Roles.StaffPolicy;
            model.EndpointMetadata.Add(new AuthorizeAttribute(policy));
        }
    }
}
