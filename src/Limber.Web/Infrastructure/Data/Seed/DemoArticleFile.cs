using Limber.Features.Memberships;

namespace Limber.Infrastructure.Data.Seed;

/// <summary>A demo article file: <c>key: value</c> front matter between <c>---</c> lines, then Markdown.</summary>
public sealed record DemoArticleFile(
    string Title,
    string Slug,
    string Excerpt,
    IReadOnlyList<string> Categories,
    Visibility Visibility,
    int DaysAgo,
    bool CommentsEnabled,
    string Body)
{
    public static DemoArticleFile Parse(string text)
    {
        text = text.Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new FormatException("A demo article starts with a --- front matter block.");
        }
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var fields = text[4..end].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "");
        return new DemoArticleFile(
            fields["title"],
            fields["slug"],
            fields["excerpt"],
            [.. fields["categories"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Enum.Parse<Visibility>(fields["visibility"], ignoreCase: true),
            int.Parse(fields["daysAgo"]),
            fields.GetValueOrDefault("comments", "on") != "off",
            text[(end + 5)..].Trim() + "\n");
    }
}
