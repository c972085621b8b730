using Limber.Features.Accounts;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.BackCare;

/// <summary><c>/back-care/self-check</c>: the safety questions before inverting, the member's current answers and what they mean.</summary>
[Authorize]
public sealed class SelfCheckModel(InversionGate gate, SaveSelfCheck save, BackCareSettingsReader settings) : PageModel
{
    public GateState Gate { get; private set; } = null!;

    public BackCareSettings Settings { get; private set; } = null!;

    /// <summary>Per condition key: "yes", "no" or null (unanswered).</summary>
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];

    [BindProperty] public bool ClearedByDoctor { get; set; }

    [TempData(Key = "BackCareFlash")] public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // Shown again with the last answers, so a change of health means changing one answer, not all.
        if (Gate.Latest is { } latest)
        {
            Answers = Condition.All.ToDictionary(c => c.Key, c => (string?)(latest.Conditions.Contains(c) ? "yes" : "no"));
            ClearedByDoctor = latest.ClearedByDoctor;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var answers = Condition.All.ToDictionary(c => c.Key, c => Answers.GetValueOrDefault(c.Key) switch
        {
            "yes" => (bool?)true,
            "no" => false,
            _ => null,
        });
        var saved = await save.HandleAsync(User.UserId()!.Value, new SaveSelfCheck.Input(answers, ClearedByDoctor), cancellationToken);
        if (!saved.Succeeded)
        {
            await LoadAsync(cancellationToken);
            return this.Failed(saved, nameof(Answers));
        }
        Flash = saved.Value.AllowsInversionAt(saved.Value.AnsweredAtUtc)
            ? "Saved. The inversion timer and session log are open to you."
            : "Saved. Please talk to your doctor before you invert; the inversion tools stay closed until you record that they cleared you.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Gate = await gate.StateAsync(User.UserId()!.Value, cancellationToken);
        Settings = await settings.GetAsync(cancellationToken);
    }
}
