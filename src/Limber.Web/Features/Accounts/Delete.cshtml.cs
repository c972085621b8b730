using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Accounts;

[Authorize]
public sealed class DeleteModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, DeleteAccount delete) : PageModel
{
    [BindProperty]
    [Display(Name = "Password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } me)
        {
            return Challenge();
        }
        if (!await users.CheckPasswordAsync(me, Password ?? ""))
        {
            ModelState.AddModelError(nameof(Password), "That is not your password.");
            return Page();
        }
        await delete.HandleAsync(me, User, cancellationToken);
        await signIn.SignOutAsync();
        return RedirectToPage("/Accounts/Deleted");
    }
}
