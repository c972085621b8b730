namespace Limber.Infrastructure.Web;

/// <summary>
/// A requested page of a list (<c>?page=&amp;pageSize=</c>), validated once for pages and API alike.
/// </summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>
    /// Parses the raw query values; a missing value takes the default, a malformed or out-of-range
    /// one is an error keyed by the parameter's name.
    /// </summary>
    public static PageRequest Parse(string? page, string? pageSize, int defaultPageSize, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var p = ParseOne(page, 1, "page", 1, 1_000_000, errors);
        var size = ParseOne(pageSize, defaultPageSize, "pageSize", 1, MaxPageSize, errors);
        return new PageRequest(p, size);
    }

    /// <summary>For HTML pages: anything unusable falls back to the first page rather than an error.</summary>
    public static PageRequest Lenient(string? page, int pageSize) =>
        new(int.TryParse(page, out var p) && p is >= 1 and <= 1_000_000 ? p : 1, pageSize);

    private static int ParseOne(string? raw, int fallback, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return fallback;
        }
        if (int.TryParse(raw, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors[name] = [$"'{name}' must be a whole number from {min} to {max}."];
        return fallback;
    }
}

/// <summary>One page of results and what a pager needs to link to the others.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
