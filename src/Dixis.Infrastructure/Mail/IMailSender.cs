namespace Dixis.Infrastructure.Mail;

/// <summary>Delivers a message: over SMTP in the stacks, as an .eml file when embedded.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken ct = default);
}
