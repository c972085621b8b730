using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Accounts;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Limber.Infrastructure.Security.RateLimits.SignIn)]
public sealed class LoginModel(SignInWithPassword signIn) : PageModel
{
    public static class Messages
    {
        /// <summary>
        /// The one answer to every failed sign-in, unknown address and paused account alike, so the
        /// form never tells a stranger which addresses have accounts.
        /// </summary>
        public const string Invalid = "That email and password do not match. After 5 wrong tries, signing in pauses for 15 minutes; resetting your password ends the pause.";
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.HandleAsync(Input.Email.Trim(), Input.Password, Input.RememberMe);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/LoginTwoFactor", new { ReturnUrl, Input.RememberMe });
        }
        ModelState.AddModelError(string.Empty, Messages.Invalid);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Remember me")]
        public bool RememberMe { get; set; }
    }
}
