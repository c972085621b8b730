using Limber.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Email;

public static class EmailSetup
{
    /// <summary>
    /// SMTP when <c>Limber:Email:Smtp:Host</c> is set, otherwise .eml files in the data folder; sent from the
    /// job queue (<see cref="EmailJob"/>).
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        services.AddSingleton<MimeMessages>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<FileEmailSender>();
        services.AddSingleton<IEmailSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Host)
            ? sp.GetRequiredService<FileEmailSender>()
            : sp.GetRequiredService<SmtpEmailSender>());
        services.AddJob<EmailJob, EmailMessage>(EmailJob.Kind);
        return services;
    }
}
