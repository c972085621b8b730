using Limber.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Limber.Infrastructure.Security;

/// <summary>
/// Every page in a feature's <c>Admin/</c> folder (and the <c>Features/Admin</c> dashboard) requires
/// the staff policy, so a new admin page cannot be forgotten open.
/// </summary>
public sealed class AdminFolderConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var path = model.ViewEnginePath;
        if (path.StartsWith("/Admin/", StringComparison.Ordinal) || path.Contains("/Admin/", StringComparison.Ordinal))
        {
            model.EndpointMetadata.Add(new AuthorizeAttribute(Roles.StaffPolicy));
        }
    }
}
