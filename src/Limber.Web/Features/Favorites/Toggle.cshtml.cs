using Limber.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Favorites;

/// <summary><c>POST /favorites</c>: the "Add to favorites" / "Remove from favorites" buttons (no JavaScript needed).</summary>
[Authorize]
public sealed class ToggleModel(FavoritesService favorites) : PageModel
{
    public IActionResult OnGet() => Redirect("/account/favorites");

    public async Task<IActionResult> OnPostAsync(string? kind, Guid id, bool add, string? returnUrl, CancellationToken cancellationToken)
    {
        var me = User.UserId()!.Value;
        var done = add ? await favorites.AddAsync(me, kind ?? "", id, cancellationToken) : await favorites.RemoveAsync(me, kind ?? "", id, cancellationToken);
        if (!done)
        {
            return NotFound();
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/account/favorites");
    }
}
