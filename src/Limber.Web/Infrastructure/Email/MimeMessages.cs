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
        if (message.MessageId is { } id)
        {
            mime.MessageId = $"{id:N}@{MailboxAddress.Parse(email.Value.FromAddress).Domain}";
        }
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058: mail clients show an unsubscribe button that POSTs to this address.
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }
}
