using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

/// <summary>
/// Renders every stored teaser again and saves those that changed: teasers saved before the teaser
/// was bounded (a third of the body at most) may hold a short gated article whole. An excerpt that
/// was made from the old teaser is made again from the new one; an excerpt an editor wrote is kept.
/// A data upgrade: it runs when the site is upgraded (migrations applied), not on every start.
/// </summary>
public sealed class TeaserUpgrade(MarkdownRenderer markdown, ILogger<TeaserUpgrade> logger) : IDataUpgrade
{
    private const int Batch = 100;

    public async Task RunAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var changed = 0;
        var after = Guid.Empty;
        while (true)
        {
            // In id order and in batches, tracked only while a batch is saved: the bodies may be large.
            var articles = await db.Articles.Where(a => a.Id.CompareTo(after) > 0).OrderBy(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
            if (articles.Count == 0)
            {
                break;
            }
            foreach (var article in articles)
            {
                var teaser = markdown.TeaserHtml(article.BodyMarkdown);
                if (teaser == article.TeaserHtml)
                {
                    continue;
                }
                if (article.Excerpt == SaveArticle.ExcerptFrom(article.TeaserHtml))
                {
                    article.Excerpt = SaveArticle.ExcerptFrom(teaser);
                }
                article.TeaserHtml = teaser;
                changed++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = articles[^1].Id;
        }
        if (changed > 0)
        {
            logger.LogInformation("Bounded the teasers of {Count} article(s) to a third of their body.", changed);
        }
    }
}
