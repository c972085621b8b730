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
        // Formatted in memory (no I/O, so not awaited) and written to the file in one call, rather than streamed
        // through a file stream's buffer in MimeKit's many small writes.
        using var buffer = new MemoryStream();
        messages.Build(message).WriteTo(buffer, cancellationToken);
        await File.WriteAllBytesAsync(partial, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        File.Move(partial, path);
        logger.LogInformation("No SMTP server configured: wrote \"{Subject}\" for {To} to {Path}.", message.Subject, message.ToAddress, path);
    }
}
