using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Accounts.Admin;

/// <summary><c>/admin/members</c>: find members by name or email. Admins only.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class MembersModel(AppDbContext db) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public Paged<Row> Members { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var request = PageRequest.Lenient(pageNumber, PageSize);
        var query = db.Users.AsNoTracking();
        var q = Q?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(q))
        {
            query = query.Where(u => u.NormalizedEmail!.Contains(q) || u.DisplayName.ToUpper().Contains(q));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(u => u.CreatedAtUtc).ThenBy(u => u.Id)
            .Skip(request.Skip).Take(request.PageSize)
            .Select(u => new Row(u.Id, u.DisplayName, u.Email!, u.EmailConfirmed, u.CreatedAtUtc, u.LockoutEnd,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList()))
            .ToListAsync(cancellationToken);
        Members = new Paged<Row>(rows, request.Page, request.PageSize, total);
    }

    public sealed record Row(Guid Id, string DisplayName, string Email, bool EmailConfirmed, DateTime CreatedAtUtc,
        DateTimeOffset? LockoutEnd, List<string> Roles)
    {
        public bool Suspended => LockoutEnd >= DateTimeOffset.MaxValue.AddYears(-1);
    }
}
