using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Infrastructure.Web;

/// <summary>How a page shows a use case that did not succeed: the one place pages map <see cref="ResultKind"/>.</summary>
public static class ResultPages
{
    /// <summary>
    /// A value the browser sent that could not be read as one ("abc" for a number) keeps what was typed
    /// in the field, with <paramref name="message"/> (our words, not the binder's) under it. True when
    /// <c>{prefix}.{field}</c> had such an error: the page shows again and nothing is saved.
    /// </summary>
    public static bool Reword(this PageModel page, string prefix, string field, string message)
    {
        if (page.ModelState[$"{prefix}.{field}"] is not { Errors.Count: > 0 } state)
        {
            return false;
        }
        state.Errors.Clear();
        state.Errors.Add(message);
        return true;
    }

    /// <summary>
    /// Field errors go under their fields (<paramref name="prefix"/> is the bound property, e.g.
    /// <c>"Input"</c>) and the page shows again with what was typed; a refusal with a reason is shown
    /// the same way above the form, with 403; not found is the 404 page. <paramref name="summary"/>, when
    /// given, goes above the form too when fields need fixing (an editor's "Not saved: please fix the fields marked below.").
    /// </summary>
    public static IActionResult Failed<T>(this PageModel page, Result<T> result, string prefix = "", string? summary = null)
    {
        switch (result.Kind)
        {
            case ResultKind.Invalid:
                foreach (var (field, message) in result.Errors)
                {
                    page.ModelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", message);
                }
                if (summary is not null)
                {
                    page.ModelState.AddModelError("", summary);
                }
                return page.Page();
            case ResultKind.Forbidden when result.Reason is { } reason:
                page.ModelState.AddModelError("", reason);
                page.Response.StatusCode = StatusCodes.Status403Forbidden;
                return page.Page();
            case ResultKind.Forbidden:
                return page.Forbid();
            case ResultKind.NotFound:
                return page.NotFound();
            default:
                throw new InvalidOperationException("A result that succeeded has no failure to show.");
        }
    }
}
