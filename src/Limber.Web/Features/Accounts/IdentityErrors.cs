using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>Identity's errors under the field they are about (a password rule under the password, not under the email).</summary>
public static class IdentityErrors
{
    /// <summary>Identity's refusal as field errors; <paramref name="otherwise"/> takes those about no particular field.</summary>
    public static Failure Invalid(IdentityResult result, string otherwise)
    {
        // A failed IdentityResult names its errors; should one not, it is still a failure, not a success.
        IEnumerable<IdentityError> errors = result.Errors.Any() ? result.Errors : [new IdentityErrorDescriber().DefaultError()];
        return Result.Invalid(errors.GroupBy(e => FieldOf(e.Code) ?? otherwise)
            .ToDictionary(group => group.Key, group => string.Join(" ", group.Select(e => e.Description))));
    }

    private static string? FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "Email"
        : null;
}
