using MimeKit;

namespace Dixis.Infrastructure.Mail;

/// <summary>Builds the MIME message: UTF-8 text and HTML alternatives, encoded headers, List-Unsubscribe for marketing.</summary>
public static class MimeComposer
{
    public static MimeMessage Compose(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage
        {
            MessageId = $"{mail.Id}@dixis.gr",
            Subject = mail.Subject,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        if (mail.UnsubscribeUrl is not null)
        {
            // RFC 8058 one-click unsubscribe, required by large mailbox providers for bulk mail.
            message.Headers.Add("List-Unsubscribe", $"<{mail.UnsubscribeUrl}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        message.Body = body.ToMessageBody();
        return message;
    }
}
