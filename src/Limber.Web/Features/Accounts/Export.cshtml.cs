using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Accounts;

/// <summary><c>/account/export</c>: everything the site holds about the signed-in member, as one JSON file.</summary>
[Authorize]
public sealed class ExportModel(UserManager<AppUser> users, IEnumerable<IMemberDataContributor> contributors, TimeProvider clock) : PageModel
{
    /// <summary>Names and values as the API writes them: camelCase names, enums as camelCase strings ("published", "monthly").</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } me)
        {
            return Challenge();
        }
        var export = new Dictionary<string, object?> { ["exportedAt"] = clock.GetUtcNow().UtcDateTime };
        foreach (var contributor in contributors)
        {
            export[contributor.Section] = await contributor.ExportAsync(me, cancellationToken);
        }
        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, Json);
        return File(bytes, "application/json", $"limber-data-{clock.GetUtcNow():yyyy-MM-dd}.json");
    }
}
