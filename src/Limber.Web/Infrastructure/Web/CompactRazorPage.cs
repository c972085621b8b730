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
    // Literals are compile-time constants, so the same instances come back: each is compacted once and found by reference.
    private static readonly ConcurrentDictionary<string, string> Compacted = new(ReferenceEqualityComparer.Instance);

    public override void WriteLiteral(string? value) =>
        base.WriteLiteral(value is null ? null : Compacted.GetOrAdd(value, TemplateWhitespace.Compact));
}
