using Limber.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Notifications;

/// <summary>
/// Stops reply emails from the link in one, without signing in. The signed token is the proof, so
/// the POST needs no antiforgery token: mail clients' one-click unsubscribe (RFC 8058) posts here too.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(UnsubscribeLinks links, UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public AppUser? Member { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Member = await MemberAsync();
        return Member is null ? BadLink() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Member = await MemberAsync();
        if (Member is null)
        {
            return BadLink();
        }
        if (Member.EmailOnReply)
        {
            Member.EmailOnReply = false;
            await users.UpdateAsync(Member);
        }
        Done = true;
        return Page();
    }

    private async Task<AppUser?> MemberAsync() =>
        links.MemberFrom(Token) is { } id ? await users.FindByIdAsync(id.ToString()) : null;

    private PageResult BadLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
