namespace Limber.Features.Articles;

/// <summary>Who may read the full body: everyone, signed-in members, or premium members.</summary>
public enum ArticleVisibility
{
    Public,
    Members,
    Premium,
}
