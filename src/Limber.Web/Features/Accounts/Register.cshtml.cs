using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Security;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Limber.Features.Accounts;

[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(RegisterMember register) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>A field people never see or fill; bots that fill every field give themselves away.</summary>
    [BindProperty]
    public string? Website { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [TempData]
    public string? RegisteredEmail { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect("/account/profile") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Website))
        {
            RegisteredEmail = Input.Email;
            return RedirectToPage("/Accounts/CheckEmail");
        }
        var registered = await register.HandleAsync(new RegisterMember.Input(Input.DisplayName, Input.Email, Input.Password, Input.ConfirmPassword), cancellationToken);
        if (!registered.Succeeded)
        {
            return this.Failed(registered, nameof(Input));
        }
        RegisteredEmail = Input.Email?.Trim();
        return RedirectToPage("/Accounts/CheckEmail", new { returnUrl = ReturnUrl });
    }

    public sealed class RegisterInput
    {
        [Display(Name = "Display name")]
        public string? DisplayName { get; set; }

        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [Display(Name = "Confirm password")]
        [DataType(DataType.Password)]
        public string? ConfirmPassword { get; set; }
    }
}
