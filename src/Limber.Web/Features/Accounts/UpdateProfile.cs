using Limber.Infrastructure;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

/// <summary>Changes a member's own profile; used by the profile page and <c>PATCH /api/v1/me</c>. Null fields stay as they are.</summary>
public sealed class UpdateProfile(UserManager<AppUser> users, AvatarStore avatars, PictureUploadLimit pictureLimit,
    PageCacheEvictions cache, IOptions<LimberOptions> site)
{
    public static class Messages
    {
        public const string LocationTooLong = "The location is at most 100 characters.";
        public const string UnknownTimeZone = "Choose a time zone from the list.";
        public const string TooManyPictures = "You have uploaded a lot of pictures in the last hour. Please try again later.";
    }

    public sealed record Input(
        string? DisplayName = null,
        string? Location = null,
        bool? ShowNamePublicly = null,
        string? TimeZone = null,
        bool? EmailOnReply = null,
        IFormFile? Picture = null,
        bool RemovePicture = false);

    /// <returns>The member as saved; else the fields to fix, and nothing is changed.</returns>
    public async Task<Result<AppUser>> HandleAsync(AppUser user, Input input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var name = input.DisplayName?.Trim();
        if (name is not null && name.Length == 0)
        {
            errors[nameof(Input.DisplayName)] = RegisterMember.Messages.DisplayNameRequired;
        }
        else if (name?.Length > AppUser.DisplayNameMaxLength)
        {
            errors[nameof(Input.DisplayName)] = RegisterMember.Messages.DisplayNameTooLong;
        }
        else if (name is not null && name != user.DisplayName && DisplayNames.Problem(name, site.Value.SiteName) is { } problem)
        {
            errors[nameof(Input.DisplayName)] = problem;
        }
        var location = input.Location?.Trim();
        if (location?.Length > AppUser.LocationMaxLength)
        {
            errors[nameof(Input.Location)] = Messages.LocationTooLong;
        }
        if (input.TimeZone is not null && !TimeZones.IsKnown(input.TimeZone))
        {
            errors[nameof(Input.TimeZone)] = Messages.UnknownTimeZone;
        }
        string? newKey = null;
        if (errors.Count == 0 && input.Picture is { } && !pictureLimit.TryTake(user.Id))
        {
            errors[nameof(Input.Picture)] = Messages.TooManyPictures;
        }
        if (errors.Count == 0 && input.Picture is { } picture)
        {
            var (key, error) = await avatars.SaveAsync(user.Id, picture, cancellationToken);
            if (error is not null)
            {
                errors[nameof(Input.Picture)] = error;
            }
            newKey = key;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        user.DisplayName = name ?? user.DisplayName;
        user.Location = input.Location is null ? user.Location : (location!.Length == 0 ? null : location);
        user.ShowNamePublicly = input.ShowNamePublicly ?? user.ShowNamePublicly;
        user.TimeZone = input.TimeZone ?? user.TimeZone;
        user.EmailOnReply = input.EmailOnReply ?? user.EmailOnReply;
        var oldKey = user.AvatarKey;
        if (newKey is not null || input.RemovePicture)
        {
            user.AvatarKey = newKey;
        }
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return IdentityErrors.Invalid(updated, nameof(Input.DisplayName));
        }
        if (oldKey != user.AvatarKey)
        {
            avatars.Delete(user.Id, oldKey);
        }
        // Names, privacy and pictures show on cached article pages (comments): a change shows at once.
        await cache.ContentChangedAsync(cancellationToken);
        return Result.Ok(user);
    }
}

public static class TimeZones
{
    /// <summary>IANA ids the server knows, for the profile's list.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/') || id == "UTC").Order(StringComparer.Ordinal)];

    public static bool IsKnown(string id) => id == "UTC" || All.Contains(id, StringComparer.Ordinal);
}
