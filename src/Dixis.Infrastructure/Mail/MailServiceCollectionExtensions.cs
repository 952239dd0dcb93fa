using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Mail;

/// <summary>Registers mail: SMTP when <c>Mail:SmtpHost</c> is set, .eml files under <c>Mail:PickupPath</c> otherwise.</summary>
public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddDixisMail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        services.AddSingleton(options);
        services.AddSingleton<MailTemplates>();
        services.AddTransient<SendMailJob>();
        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            services.AddSingleton<IMailSender, PickupFolderMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }

        return services;
    }
}
