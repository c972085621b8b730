namespace Limber.Infrastructure.Email;

/// <summary>
/// Outgoing mail, bound from <c>Limber:Email</c>. With no SMTP host set, messages are written as
/// <c>.eml</c> files into <c>&lt;data&gt;/mail/</c>, so a fresh install works and a person can open them.
/// The SMTP password belongs in the environment (<c>Limber__Email__Smtp__Password</c>).
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Limber:Email";

    /// <summary>The sender address; the sender name is the site's name.</summary>
    public string FromAddress { get; set; } = "no-reply@limber.local";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        /// <summary>SMTP server; empty means "write .eml files instead".</summary>
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        /// <summary><c>Auto</c> (STARTTLS when offered), <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c>.</summary>
        public string Security { get; set; } = "Auto";

        public string? Username { get; set; }

        public string? Password { get; set; }
    }
}
