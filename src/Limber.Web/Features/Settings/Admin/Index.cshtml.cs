using System.ComponentModel.DataAnnotations;
using Limber.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Settings.Admin;

/// <summary><c>/admin/settings</c>: product choices for the whole site. Admins only.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(SiteSettingsReader reader) : PageModel
{
    [BindProperty]
    public SettingsForm Input { get; set; } = new();

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Input = SettingsForm.From(await reader.GetAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = await reader.GetAsync(cancellationToken);
        settings.CommentsEnabled = Input.CommentsEnabled;
        settings.HoldFirstComment = Input.HoldFirstComment;
        settings.HoldAboveLinks = Input.HoldAboveLinks;
        settings.CloseCommentsAfterDays = Input.CloseCommentsAfterDays;
        settings.RemoveCommentsOfDeletedMembers = Input.RemoveCommentsOfDeletedMembers;
        await reader.SaveAsync(settings, cancellationToken);
        Flash = "Settings saved.";
        return RedirectToPage();
    }

    public sealed class SettingsForm
    {
        [Display(Name = "Members can comment")]
        public bool CommentsEnabled { get; set; }

        [Display(Name = "Hold a member's first comment for approval")]
        public bool HoldFirstComment { get; set; }

        [Display(Name = "Hold comments with more links than")]
        [Range(0, 100, ErrorMessage = "Enter a number from 0 to 100.")]
        public int HoldAboveLinks { get; set; }

        [Display(Name = "Close comments this many days after publishing")]
        [Range(1, 3650, ErrorMessage = "Enter a number of days from 1 to 3650, or leave it empty to never close.")]
        public int? CloseCommentsAfterDays { get; set; }

        [Display(Name = "Remove the comments of members who delete their account")]
        public bool RemoveCommentsOfDeletedMembers { get; set; }

        public static SettingsForm From(SiteSettings s) => new()
        {
            CommentsEnabled = s.CommentsEnabled,
            HoldFirstComment = s.HoldFirstComment,
            HoldAboveLinks = s.HoldAboveLinks,
            CloseCommentsAfterDays = s.CloseCommentsAfterDays,
            RemoveCommentsOfDeletedMembers = s.RemoveCommentsOfDeletedMembers,
        };
    }
}
