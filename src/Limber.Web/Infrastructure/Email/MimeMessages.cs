using Microsoft.Extensions.Options;
using MimeKit;

namespace Limber.Infrastructure.Email;

/// <summary>Builds the MIME message both senders send: site name as sender, text and HTML alternatives.</summary>
public sealed class MimeMessages(IOptions<EmailOptions> email, IOptions<LimberOptions> site)
{
    public MimeMessage Build(EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(site.Value.SiteName, email.Value.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
