using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Limber.Infrastructure.Web;

/// <summary>URL slugs: lower-case ASCII letters, digits and single hyphens.</summary>
public static partial class Slugs
{
    public const string Pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    /// <summary>"Back Pain: Have You Tried Inversion Therapy?" becomes "back-pain-have-you-tried-inversion-therapy".</summary>
    public static string From(string text, int maxLength = 80)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                ascii.Append(c);
            }
        }
        var slug = NonSlugRun().Replace(ascii.ToString().ToLowerInvariant().Replace("'", "").Replace("’", ""), "-").Trim('-');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }
        return slug;
    }

    public static bool IsValid(string? slug) => slug is not null && Valid().IsMatch(slug);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlugRun();

    [GeneratedRegex(Pattern)]
    private static partial Regex Valid();
}
