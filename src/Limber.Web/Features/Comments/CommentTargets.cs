using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>
/// The kinds of content registered for comments (<see cref="ICommentTargetSource"/>), and the ways
/// into them by kind, by address word and by id. The one place Comments learns about content.
/// </summary>
public sealed class CommentTargets(IEnumerable<ICommentTargetSource> sources, AppDbContext db)
{
    private readonly IReadOnlyList<ICommentTargetSource> _sources = [.. sources];

    public IReadOnlyList<ICommentTargetSource> All => _sources;

    /// <summary>The source of a stored kind ("article"), or null for a kind no feature registers (any more).</summary>
    public ICommentTargetSource? OfKind(string kind) => _sources.FirstOrDefault(s => s.Kind == kind);

    /// <summary>The source of an address word ("articles"), or null: an unknown word in a URL is a 404.</summary>
    public ICommentTargetSource? InCollection(string collection) =>
        _sources.FirstOrDefault(s => string.Equals(s.Collection, collection, StringComparison.OrdinalIgnoreCase));

    /// <summary>The live content at <c>/{collection}/{slug}</c>, or null.</summary>
    public async Task<CommentTarget?> LiveAsync(string collection, string slug, CancellationToken cancellationToken) =>
        InCollection(collection) is { } source && await source.FindAsync(slug, cancellationToken) is { IsLive: true } target ? target : null;

    /// <summary>The content a thread belongs to, live or not; null when it is gone.</summary>
    public async Task<CommentTarget?> FindAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        OfKind(kind) is { } source && await source.FindAsync([id], cancellationToken) is [var target, ..] ? target : null;

    /// <summary>Many at once, one query per kind (the moderation queue, an export).</summary>
    public async Task<IReadOnlyDictionary<(string Kind, Guid Id), CommentTarget>> FindAsync(
        IEnumerable<(string Kind, Guid Id)> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, Guid), CommentTarget>();
        foreach (var group in keys.Distinct().GroupBy(k => k.Kind))
        {
            if (OfKind(group.Key) is not { } source)
            {
                continue;
            }
            foreach (var target in await source.FindAsync([.. group.Select(k => k.Id)], cancellationToken))
            {
                found[(target.Kind, target.Id)] = target;
            }
        }
        return found;
    }

    public Task EvictAsync(CommentTarget target, CancellationToken cancellationToken) =>
        OfKind(target.Kind) is { } source ? source.EvictAsync(target, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Deletes a thread when its content is deleted (the content feature calls this in the same
    /// transaction): no foreign key does it, since one column holds the ids of several tables.
    /// Deepest comments first: a reply's parent may not go before it (the parent key restricts it).
    /// </summary>
    public async Task DeleteThreadAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        var thread = db.Comments.Where(c => c.TargetKind == kind && c.TargetId == id);
        await db.Notifications.Where(n => thread.Any(c => c.Id == n.CommentId)).ExecuteDeleteAsync(cancellationToken);
        var deepest = await thread.MaxAsync(c => (int?)c.Depth, cancellationToken);
        for (var depth = deepest ?? -1; depth >= 0; depth--)
        {
            await thread.Where(c => c.Depth == depth).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
