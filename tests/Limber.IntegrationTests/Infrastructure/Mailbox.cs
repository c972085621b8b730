using System.Text.RegularExpressions;
using MimeKit;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>Reads the .eml files the app writes to &lt;data&gt;/mail when no SMTP server is set (the real file sender).</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<MimeMessage> Messages(this AppFactory app)
    {
        var folder = Path.Combine(app.DataPath, "mail");
        return !Directory.Exists(folder)
            ? []
            : [.. Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];
    }

    public static IReadOnlyList<MimeMessage> MessagesTo(this AppFactory app, string address) =>
        [.. app.Messages().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public static MimeMessage SingleMessageTo(this AppFactory app, string address, string subject) =>
        Assert.Single(app.MessagesTo(address), m => m.Subject == subject);

    /// <summary>The site-relative address of the first link to this site in the plain-text part.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = Link().Match(message.TextBody ?? "");
        Assert.True(match.Success, "No link in: " + message.TextBody);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
