using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>Erases a member: every feature's part first (threads keep their shape), then the picture and the account.</summary>
public sealed class DeleteAccount(
    UserManager<AppUser> users, IEnumerable<IMemberDataContributor> contributors, AvatarStore avatars, AuditLog audit, AppDbContext db,
    Infrastructure.Web.PageCacheEvictions cache)
{
    public async Task HandleAsync(AppUser member, System.Security.Claims.ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        foreach (var contributor in contributors)
        {
            await contributor.EraseAsync(member, cancellationToken);
        }
        audit.Record(actor, null, "account-deleted", $"Account {member.Id} deleted.");
        await db.SaveChangesAsync(cancellationToken);
        var key = member.AvatarKey;
        var result = await users.DeleteAsync(member);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        avatars.Delete(member.Id, key);
        await cache.ContentChangedAsync(cancellationToken);
    }
}
