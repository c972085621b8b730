using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare.Admin;

/// <summary><c>/admin/back-care</c>: the most the inversion progression may suggest, the disclaimer's words, and which series counts as postural workouts.</summary>
public sealed class SettingsModel(AppDbContext db) : PageModel
{
    public List<(string Slug, string Title)> SeriesChoices { get; private set; } = [];

    [BindProperty] public SettingsForm Input { get; set; } = new();

    [TempData] public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var s = await RowAsync(cancellationToken);
        Input = new SettingsForm { MaxAngleDegrees = s.MaxAngleDegrees, MaxMinutes = s.MaxMinutes, Disclaimer = s.Disclaimer, PosturalSeriesSlug = s.PosturalSeriesSlug };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Input.PosturalSeriesSlug is { Length: > 0 } slug && !SeriesChoices.Any(c => c.Slug == slug))
        {
            ModelState.AddModelError("Input.PosturalSeriesSlug", "Choose one of the series.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var s = await RowAsync(cancellationToken);
        s.MaxAngleDegrees = Input.MaxAngleDegrees;
        s.MaxMinutes = Input.MaxMinutes;
        s.Disclaimer = Input.Disclaimer!.Trim();
        s.PosturalSeriesSlug = string.IsNullOrEmpty(Input.PosturalSeriesSlug) ? null : Input.PosturalSeriesSlug;
        await db.SaveChangesAsync(cancellationToken);
        Flash = "Saved the back-care settings.";
        return RedirectToPage();
    }

    private async Task<BackCareSettings> RowAsync(CancellationToken cancellationToken) =>
        await db.BackCareSettings.SingleOrDefaultAsync(s => s.Id == BackCareSettings.SingletonId, cancellationToken)
        ?? db.BackCareSettings.Add(new BackCareSettings()).Entity;

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        SeriesChoices = [.. (await db.Series.AsNoTracking().OrderBy(s => s.Title).Select(s => new { s.Slug, s.Title }).ToListAsync(cancellationToken)).Select(s => (s.Slug, s.Title))];

    public sealed class SettingsForm
    {
        [Display(Name = "Steepest angle suggested (degrees)"), Range(10, 90, ErrorMessage = "Choose between 10 and 90 degrees.")]
        public int MaxAngleDegrees { get; set; }

        [Display(Name = "Longest session suggested (minutes)"), Range(1, 60, ErrorMessage = "Choose between 1 and 60 minutes.")]
        public int MaxMinutes { get; set; }

        [Display(Name = "Disclaimer"), Required(ErrorMessage = "Write the disclaimer shown on every back-care page."),
            StringLength(BackCareSettings.DisclaimerMaxLength, ErrorMessage = "The disclaimer is at most 1,000 characters.")]
        public string? Disclaimer { get; set; }

        [Display(Name = "Series of postural workouts")]
        public string? PosturalSeriesSlug { get; set; }
    }
}
