using Limber.Features.Memberships;
using Limber.Features.Search;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>
/// Workouts in the site search: published workouts' title, summary and description, on the same
/// engines as articles (an FTS5 index on SQLite, a weighted tsvector on PostgreSQL). The gating rule
/// is the articles' one: the description is searched only for readers who may play the workout; for
/// the others its title and summary alone. Intervals are never indexed: they are what access buys.
/// </summary>
public sealed class WorkoutSearch(AppDbContext db) : ISearchSource
{
    private static readonly FullTextIndex Index = new(
        new SqliteFullText("WorkoutSearch", "WorkoutId", "Workouts", "{Title Summary}", "0.0, 10.0, 4.0, 1.0"),
        new PostgresFullText("Workouts", "Title", "Summary"));

    public string Kind => "workouts";

    public string Heading => "Workouts";

    public string Count(int count) => count == 1 ? "1 workout" : $"{count} workouts";

    public async Task<Paged<SearchHit>> SearchAsync(string text, Reader reader, PageRequest page, CancellationToken cancellationToken)
    {
        var readable = Enum.GetValues<Visibility>().Where(reader.CanRead).ToList();
        var ranked = await Index.RankAsync(db, text, readable, cancellationToken);
        if (ranked.Count == 0)
        {
            return new Paged<SearchHit>([], page.Page, page.PageSize, 0);
        }
        var ids = ranked.Select(r => r.Id).ToList();
        var listed = await db.Workouts.Listed().Where(w => ids.Contains(w.Id)).Select(w => w.Id).ToListAsync(cancellationToken);
        var order = ranked.Where(r => listed.Contains(r.Id)).OrderByDescending(r => r.Score).Select(r => r.Id).ToList();
        var pageIds = order.Skip(page.Skip).Take(page.PageSize).ToList();
        var cards = await db.Workouts.AsNoTracking().Where(w => pageIds.Contains(w.Id)).ToCards().ToListAsync(cancellationToken);
        return new Paged<SearchHit>([.. cards.OrderBy(c => pageIds.IndexOf(c.Id)).Select(Hit)], page.Page, page.PageSize, order.Count);
    }

    private static SearchHit Hit(WorkoutCard c) => new(c.Title, WorkoutCommentTarget.PathOf(c.Slug), c.Summary, c.Visibility,
        c.PosterPath is null ? null : SiteUrls.Upload(c.PosterPath), [new(c.Minutes), new(c.Difficulty.ToString())], c.FocusAreas.Replace(",", ", "));
}
