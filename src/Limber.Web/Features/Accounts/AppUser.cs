using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>
/// Everyone who signs in: members and staff alike (staff are users with a staff role).
/// Ids are Guid v7, created in code so they are the same on both databases.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 80;
    public const int LocationMaxLength = 100;
    public const int TimeZoneMaxLength = 64;

    /// <summary>What everything public shows instead of the name of a member who keeps it private.</summary>
    public const string PrivateName = "Private";

    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Free text such as "Jura, France"; shown after the name when given.</summary>
    public string? Location { get; set; }

    /// <summary>When off, everything public shows the member as "Private" with a neutral avatar.</summary>
    public bool ShowNamePublicly { get; set; } = true;

    /// <summary>IANA time zone id, used for dates a member sees (streaks, journal days).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Email me when someone replies to my comment.</summary>
    public bool EmailOnReply { get; set; } = true;

    /// <summary>Changes with every new picture, so its URL changes and caches never show an old one; null when none.</summary>
    public string? AvatarKey { get; set; }

    /// <summary>A moderator stopped this member from commenting.</summary>
    public bool CommentingSuspended { get; set; }

    public string PublicName => ShowNamePublicly ? DisplayName : PrivateName;
}
