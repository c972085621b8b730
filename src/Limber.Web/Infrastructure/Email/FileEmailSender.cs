using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Email;

/// <summary>
/// Writes each message as an <c>.eml</c> file into <c>&lt;data&gt;/mail/</c>: used when no SMTP server
/// is configured, so a fresh install can confirm accounts (open the file, follow the link).
/// </summary>
public sealed class FileEmailSender(IOptions<LimberOptions> site, MimeMessages messages, TimeProvider clock, ILogger<FileEmailSender> logger) : IEmailSender
{
    public string Folder => Path.Combine(site.Value.FullDataPath, "mail");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        // Written under a temporary name and renamed, so whoever watches the folder never reads half a message.
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
        {
            await messages.Build(message).WriteToAsync(file, cancellationToken);
        }
        File.Move(partial, path);
        logger.LogInformation("No SMTP server configured: wrote \"{Subject}\" for {To} to {Path}.", message.Subject, message.ToAddress, path);
    }
}
