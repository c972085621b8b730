using System.Text;
using System.Text.RegularExpressions;

namespace Limber.Features.Search;

/// <summary>What a visitor typed, made safe for every source's full-text engine (docs/decisions/0002).</summary>
public static partial class SearchText
{
    public const int MaxQueryLength = 200;

    /// <summary>How many of the best matches a source ranks and pages; past that, refining the words beats paging.</summary>
    public const int MaxHits = 200;

    /// <summary>Trims, folds whitespace and caps the length of what a visitor typed.</summary>
    public static string Normalize(string? query)
    {
        var text = Spaces().Replace(query ?? "", " ").Trim();
        return text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
    }

    /// <summary>
    /// Turns free text into an FTS5 query that cannot be a syntax error: every word becomes a quoted
    /// prefix term ("invers"* matches inversion), all of them required.
    /// </summary>
    public static string ToFtsQuery(string text)
    {
        var terms = new StringBuilder();
        foreach (var word in WordsOf(text))
        {
            if (terms.Length > 0)
            {
                terms.Append(' ');
            }
            terms.Append('"').Append(word).Append("\"*");
        }
        return terms.ToString();
    }

    /// <summary>The words of <paramref name="text"/>, lower case: letters and digits only, so no engine's syntax survives.</summary>
    public static IEnumerable<string> WordsOf(string text) => Words().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
