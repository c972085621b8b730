using System.Text;

namespace Limber.Infrastructure.Web;

/// <summary>How <see cref="CompactRazorPage{TModel}"/> shortens a template's literal text.</summary>
public static class TemplateWhitespace
{
    /// <summary>A run of whitespace with a line break in it becomes one line break; a longer run without one, one space.</summary>
    public static string Compact(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        var i = 0;
        while (i < literal.Length)
        {
            if (!IsHtmlSpace(literal[i]))
            {
                builder.Append(literal[i++]);
                continue;
            }
            var start = i;
            var lineBreak = false;
            for (; i < literal.Length && IsHtmlSpace(literal[i]); i++)
            {
                lineBreak |= literal[i] == '\n';
            }
            builder.Append(lineBreak ? "\n" : i - start > 1 ? " " : literal[start..i]);
        }
        return builder.ToString();
    }

    // HTML's own whitespace only: a no-break space in a template is there on purpose.
    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f';
}
