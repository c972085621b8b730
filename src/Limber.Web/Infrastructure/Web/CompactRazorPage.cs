using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Limber.Infrastructure.Web;

/// <summary>
/// The base for templates drawn once per item, such as the comment thread: writes the template's own
/// markup without its source indentation. Razor copies every space of the template into the page, and
/// on a page of 66 comments the indentation was a quarter of the bytes. Only the template's literal
/// text is touched, never what it writes from data (comment text, form values). A run of whitespace
/// becomes one line break or one space, which renders the same everywhere but inside <c>pre</c> and
/// <c>textarea</c>; templates on this base keep neither in their literal text.
/// </summary>
public abstract class CompactRazorPage<TModel> : RazorPage<TModel>
{
    // The template's text, compacted once and found again by reference.
    private static readonly ConcurrentDictionary<string, string> Compacted = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many literals are kept compacted: the template's, so it does not grow with the pages drawn.</summary>
    internal static int KeptCount => Compacted.Count;

    public override void WriteLiteral(string? value) => base.WriteLiteral(value is null ? null : CompactedLiteral(value));

    /// <summary>The template's own text compacted; anything else exactly as it is.</summary>
    internal static string CompactedLiteral(string value)
    {
        if (Compacted.TryGetValue(value, out var compacted))
        {
            return compacted;
        }
        // Razor writes some data through here too: a tag helper's string attribute (asp-route-id="@c.Id") is
        // buffered unencoded this way. The template's text is compile-time constants, which the runtime interns;
        // a string that is not the interned instance is data. Kept by reference, data filled the cache with every
        // comment id drawn (about 300,000 entries and 75 MB of live heap after a minute of signed-in load).
        return ReferenceEquals(string.IsInterned(value), value) ? Compacted.GetOrAdd(value, TemplateWhitespace.Compact) : value;
    }
}
