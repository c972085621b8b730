using System.Globalization;
using System.Text;

namespace Limber.Features.Accounts;

/// <summary>
/// What a member may call themselves in public. Refused: names that pass for the site or its staff
/// ("Admin", "Moderator", the site's name, "Limber Team") or for a private member ("Private", which
/// is what everyone sees for a member who hides their name), and names carrying invisible or
/// direction-changing characters (a right-to-left override makes "nimdA" read as "Admin").
/// </summary>
public static class DisplayNames
{
    public const string Reserved = "That name could be taken for the site, its staff or a private member; choose another.";
    public const string InvisibleCharacters = "The display name can’t contain invisible or text-direction characters; type it again.";

    private static readonly HashSet<string> StaffWords = new(StringComparer.Ordinal)
    {
        "private", "admin", "admins", "administrator", "administrators", "moderator", "moderators", "mod", "mods",
        "staff", "editor", "editors", "support", "system", "official", "owner", "webmaster", "deleted", "anonymous",
    };

    /// <summary>Words that, next to a staff word or the site's name, still only say "the site": "The Admin Team".</summary>
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal) { "the", "team", "site", "member", "account", "help", "desk" };

    /// <summary>The message for a name that is refused, or null for one that is fine.</summary>
    public static string? Problem(string name, string siteName)
    {
        if (name.Any(IsInvisible))
        {
            return InvisibleCharacters;
        }
        var words = Words(name);
        var site = Words(siteName);
        if (words.Count == 0)
        {
            return null;
        }
        var namesTheSite = site.Count > 0 && ContainsRun(words, site);
        var staff = words.Any(StaffWords.Contains);
        var rest = words.Where(w => !StaffWords.Contains(w) && !FillerWords.Contains(w) && !site.Contains(w));
        return (namesTheSite || staff) && !rest.Any() ? Reserved : null;
    }

    /// <summary>Format characters (bidirectional overrides and isolates, zero-width joiners and spaces) and control characters.</summary>
    private static bool IsInvisible(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Lower-case words of letters and digits, after compatibility folding (so "Ａｄｍｉｎ" is "admin").</summary>
    private static List<string> Words(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    private static bool ContainsRun(List<string> words, List<string> run)
    {
        for (var i = 0; i + run.Count <= words.Count; i++)
        {
            if (words.Skip(i).Take(run.Count).SequenceEqual(run))
            {
                return true;
            }
        }
        return false;
    }
}
