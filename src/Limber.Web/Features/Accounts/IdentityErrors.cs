using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>Identity's errors under the field they are about (a password rule under the password, not under the email).</summary>
public static class IdentityErrors
{
    public static void AddTo(Dictionary<string, string> errors, IdentityResult result, string otherwise)
    {
        foreach (var group in result.Errors.GroupBy(e => FieldOf(e.Code) ?? otherwise))
        {
            errors[group.Key] = string.Join(" ", group.Select(e => e.Description));
        }
    }

    private static string? FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "Email"
        : null;
}
