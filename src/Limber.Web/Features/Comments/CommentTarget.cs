using System.Linq.Expressions;
using Limber.Features.Articles;
using Limber.Features.Memberships;

namespace Limber.Features.Comments;

/// <summary>
/// What commenting needs to know about an article: whether it takes comments, who may read it, and
/// its slug and title for links and notifications. Not its body: a post should cost the same on a
/// 300-word note as on a 5,000-word guide.
/// </summary>
public sealed record CommentTarget(Guid Id, string Slug, string Title, Visibility Visibility, bool CommentsEnabled, DateTime? PublishedAtUtc)
{
    public static readonly Expression<Func<Article, CommentTarget>> FromArticle =
        a => new CommentTarget(a.Id, a.Slug, a.Title, a.Visibility, a.CommentsEnabled, a.PublishedAtUtc);

    private static readonly Func<Article, CommentTarget> Convert = FromArticle.Compile();

    /// <summary>The target of an article already loaded (the article page, moderation).</summary>
    public static CommentTarget Of(Article article) => Convert(article);
}
