namespace Limber.Features.Search;

/// <summary>
/// The search page has no index of its own: each kind of content brings one (<see cref="ISearchSource"/>,
/// registered by its feature with <see cref="SearchSources.AddSearchSource{TSource}"/>).
/// </summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearch(this IServiceCollection services) => services;
}
