namespace Dixis.Infrastructure.Mail;

/// <summary>Embedded mode: each message becomes <c>&lt;id&gt;.eml</c> under the pickup folder; any mail client opens it.</summary>
public sealed class PickupFolderMailSender(MailOptions options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        Directory.CreateDirectory(options.PickupPath);
        var message = MimeComposer.Compose(mail, options);
        var path = Path.Combine(options.PickupPath, $"{SafeName(mail.Id)}.eml");
        await message.WriteToAsync(path, ct);
    }

    private static string SafeName(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
