namespace Limber.Features.Accounts;

/// <summary>The staff and member roles, and the policies built on them.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Moderator = "moderator";
    public const string Member = "member";

    public static readonly string[] All = [Admin, Editor, Moderator, Member];

    /// <summary>Policy for pages under an <c>Admin/</c> folder: people who write (admins, editors).</summary>
    public const string StaffPolicy = "staff";

    /// <summary>Policy for moderation pages: admins and moderators.</summary>
    public const string ModerationPolicy = "moderation";
}
