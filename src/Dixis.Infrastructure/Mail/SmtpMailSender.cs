using MailKit.Net.Smtp;
using MailKit.Security;

namespace Dixis.Infrastructure.Mail;

/// <summary>Sends through an SMTP server with MailKit (Mailpit in development, the provider's relay in production).</summary>
public sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        var message = MimeComposer.Compose(mail, options);
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
        await client.ConnectAsync(options.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set."), options.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
