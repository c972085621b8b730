namespace Limber.Features.Memberships;

/// <summary>
/// Who may read a piece of content in full (an article's body, a workout's player, a series):
/// everyone, signed-in members, or premium members. One vocabulary for every kind of content;
/// <see cref="MemberAccess"/> decides what it means for a reader.
/// </summary>
public enum Visibility
{
    Public,
    Members,
    Premium,
}
