namespace Limber.Features.Articles;

/// <summary>
/// What the editor chose. "Scheduled" is not stored: it is a published article whose publish time
/// is still ahead (see <see cref="Article.StateAt"/>).
/// </summary>
public enum ArticleStatus
{
    Draft,
    Published,
}

/// <summary>What readers experience at a given time.</summary>
public enum ArticleState
{
    Draft,
    Scheduled,
    Published,
}
