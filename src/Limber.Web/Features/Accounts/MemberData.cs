namespace Limber.Features.Accounts;

/// <summary>
/// The one extension point for a member's own data: each feature that stores something about a
/// member registers a contributor, which puts its part in the export and erases it when the account
/// is deleted (comments, favorites and logs add theirs as they arrive).
/// </summary>
public interface IMemberDataContributor
{
    /// <summary>The key of this part in the export, e.g. "profile", "comments".</summary>
    string Section { get; }

    Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken);

    /// <summary>Removes or anonymises this feature's data, before the account itself is deleted.</summary>
    Task EraseAsync(AppUser member, CancellationToken cancellationToken);
}

/// <summary>The profile and account facts Identity holds.</summary>
public sealed class ProfileData(Microsoft.AspNetCore.Identity.UserManager<AppUser> users) : IMemberDataContributor
{
    public string Section => "profile";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) => new
    {
        member.Id,
        member.DisplayName,
        member.Email,
        member.EmailConfirmed,
        member.Location,
        member.ShowNamePublicly,
        member.TimeZone,
        member.EmailOnReply,
        HasProfilePicture = member.AvatarKey is not null,
        CreatedAt = member.CreatedAtUtc,
        Roles = await users.GetRolesAsync(member),
        TwoFactorEnabled = member.TwoFactorEnabled,
    };

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
