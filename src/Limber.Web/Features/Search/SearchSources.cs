using Limber.Features.Memberships;
using Limber.Infrastructure.Web;

namespace Limber.Features.Search;

/// <summary>
/// A kind of content the site search covers. Each content feature implements one over its own
/// index and registers it once (<c>services.AddSearchSource&lt;WorkoutSearch&gt;()</c>); the
/// search page shows one group per kind, in the order they were registered.
/// A source must keep the gating rule: the full text only for readers who may read the content in
/// full (<see cref="Reader.CanRead"/>), else only what a card shows everyone (title and summary),
/// so a result count never answers for gated text.
/// </summary>
public interface ISearchSource
{
    /// <summary>The group's name in addresses (<c>/search?q=…&amp;kind=workouts</c>).</summary>
    string Kind { get; }

    /// <summary>The group's heading: "Workouts".</summary>
    string Heading { get; }

    /// <summary>"1 workout", "3 workouts".</summary>
    string Count(int count);

    /// <summary>A page of the best matches for <paramref name="text"/> (normalized, not empty) that <paramref name="reader"/> may find.</summary>
    Task<Paged<SearchHit>> SearchAsync(string text, Reader reader, PageRequest page, CancellationToken cancellationToken);
}

/// <summary>One result as the search page shows it, whatever its kind.</summary>
/// <param name="Tags">Shown above the title (categories, duration); a tag with a URL is a link.</param>
/// <param name="Foot">A line under the summary: a date, a reading time, focus areas.</param>
public sealed record SearchHit(string Title, string Url, string Summary, Visibility Visibility, string? ImagePath,
    IReadOnlyList<SearchTag> Tags, string? Foot);

public sealed record SearchTag(string Text, string? Url = null);

public static class SearchSources
{
    /// <summary>The one line a kind of content needs to be searched.</summary>
    public static IServiceCollection AddSearchSource<TSource>(this IServiceCollection services) where TSource : class, ISearchSource =>
        services.AddScoped<ISearchSource, TSource>();
}
