using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Security;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Limber.Features.Accounts;

[Authorize]
[EnableRateLimiting(RateLimits.ProfileSaves)]
[RequestFormLimits(MultipartBodyLengthLimit = 4 * AvatarStore.MaxBytes)]
[RequestSizeLimit(4 * AvatarStore.MaxBytes)]
public sealed class ProfileModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, UpdateProfile update) : PageModel
{
    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    public AppUser Member { get; private set; } = null!;

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }
        Member = member;
        Input = ProfileForm.From(member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }
        Member = member;
        var updated = await update.HandleAsync(member, new UpdateProfile.Input(
            Input.DisplayName ?? "", Input.Location ?? "", Input.ShowNamePublicly, Input.TimeZone, Input.EmailOnReply,
            Input.Picture is { Length: > 0 } ? Input.Picture : null, Input.RemovePicture), cancellationToken);
        if (!updated.Succeeded)
        {
            return this.Failed(updated, nameof(Input));
        }
        await signIn.RefreshSignInAsync(member); // the header shows the new name and picture
        Flash = "Profile saved.";
        return RedirectToPage();
    }

    public sealed class ProfileForm
    {
        [Display(Name = "Display name")]
        public string? DisplayName { get; set; }

        [Display(Name = "Location")]
        public string? Location { get; set; }

        [Display(Name = "Show my name publicly")]
        public bool ShowNamePublicly { get; set; }

        [Display(Name = "Time zone")]
        public string TimeZone { get; set; } = "UTC";

        [Display(Name = "Email me when someone replies to my comments")]
        public bool EmailOnReply { get; set; }

        [Display(Name = "Profile picture")]
        public IFormFile? Picture { get; set; }

        [Display(Name = "Remove my picture")]
        public bool RemovePicture { get; set; }

        public static ProfileForm From(AppUser user) => new()
        {
            DisplayName = user.DisplayName,
            Location = user.Location,
            ShowNamePublicly = user.ShowNamePublicly,
            TimeZone = user.TimeZone,
            EmailOnReply = user.EmailOnReply,
        };
    }
}
