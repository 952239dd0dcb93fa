using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Mail;

/// <summary>
/// The mail job of queue <c>general</c>. A message is sent at most once per id in normal operation: a retry after
/// a successful send finds the sent-marker and stops. Only a crash between the send and the marker can repeat a mail.
/// </summary>
public sealed class SendMailJob(IMailSender sender, IDistributedCache cache, ILogger<SendMailJob> logger)
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var marker = "mail:sent:" + mail.Id;
        if (await cache.GetAsync(marker, ct) is not null)
        {
            logger.LogInformation("Mail {MailId} already sent; skipping", mail.Id);
            return;
        }

        await sender.SendAsync(mail, ct);
        await cache.SetAsync(marker, [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(14) }, ct);
        logger.LogInformation("Mail {MailId} sent", mail.Id);
    }
}
