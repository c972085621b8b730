using Limber.Infrastructure;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

/// <summary>
/// Creates a free member account and sends the confirmation email. A taken email gets the same
/// answer as a new one (and its owner an email), so the form reveals nothing to someone probing.
/// </summary>
public sealed class RegisterMember(UserManager<AppUser> users, AccountEmails emails, TimeProvider clock, IOptions<LimberOptions> site, ILogger<RegisterMember> logger)
{
    public static class Messages
    {
        public const string DisplayNameRequired = "Enter a display name.";
        public const string DisplayNameTooLong = "The display name is at most 80 characters.";
        public const string EmailRequired = "Enter your email address.";
        public const string EmailInvalid = "Enter an email address like name@example.com.";
        public const string PasswordRequired = "Choose a password.";
        public const string ConfirmRequired = "Type the password again.";
        public const string Mismatch = "The two passwords do not match.";
    }

    public sealed record Input(string? DisplayName, string? Email, string? Password, string? ConfirmPassword);

    /// <returns>Done, whether the account is new or the email already had one (its owner is told); else the fields to fix.</returns>
    public async Task<Result<Done>> HandleAsync(Input input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var name = input.DisplayName?.Trim() ?? "";
        var email = input.Email?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors[nameof(Input.DisplayName)] = Messages.DisplayNameRequired;
        }
        else if (name.Length > AppUser.DisplayNameMaxLength)
        {
            errors[nameof(Input.DisplayName)] = Messages.DisplayNameTooLong;
        }
        else if (DisplayNames.Problem(name, site.Value.SiteName) is { } problem)
        {
            errors[nameof(Input.DisplayName)] = problem;
        }
        if (email.Length == 0)
        {
            errors[nameof(Input.Email)] = Messages.EmailRequired;
        }
        else if (!EmailAddresses.IsValid(email))
        {
            errors[nameof(Input.Email)] = Messages.EmailInvalid;
        }
        if (string.IsNullOrEmpty(input.Password))
        {
            errors[nameof(Input.Password)] = Messages.PasswordRequired;
        }
        if (string.IsNullOrEmpty(input.ConfirmPassword))
        {
            errors[nameof(Input.ConfirmPassword)] = Messages.ConfirmRequired;
        }
        else if (input.Password is { Length: > 0 } && input.Password != input.ConfirmPassword)
        {
            errors[nameof(Input.ConfirmPassword)] = Messages.Mismatch;
        }
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = name,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (input.Password is { Length: > 0 } password && !errors.ContainsKey(nameof(Input.Password)))
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, password);
                if (!result.Succeeded)
                {
                    errors[nameof(Input.Password)] = string.Join(" ", result.Errors.Select(e => e.Description));
                }
            }
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            logger.LogInformation("Registration with an email that has an account; told its owner.");
            // A new account's password is hashed; so is this one, so the answer takes as long.
            users.PasswordHasher.HashPassword(user, input.Password!);
            await emails.SendAlreadyRegisteredAsync(existing, cancellationToken);
            return Result.Ok();
        }
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return IdentityErrors.Invalid(created, nameof(Input.Email));
        }
        await users.AddToRoleAsync(user, Roles.Member);
        await emails.SendConfirmationAsync(user, cancellationToken);
        return Result.Ok();
    }
}

public static class EmailAddresses
{
    /// <summary>A plain check (one @, a dot in the domain, no spaces): the confirmation email is the real test.</summary>
    public static bool IsValid(string email) =>
        email.Length <= 254 && System.Net.Mail.MailAddress.TryCreate(email, out var address) && address.Address == email
        && email.IndexOf('@') is > 0 and var at && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.');
}
