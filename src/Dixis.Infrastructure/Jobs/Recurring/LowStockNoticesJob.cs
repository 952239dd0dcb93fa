using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Jobs.Recurring;

/// <summary>
/// Daily 08:00: tells each producer which approved products are at or below the threshold. Idempotent per producer
/// and Athens day: the mail id is fixed for the day, so a second run sends nothing new.
/// </summary>
public sealed class LowStockNoticesJob(DixisDbContext db, MailTemplates templates, SendMailJob mail, JobsOptions options, TimeProvider clock, ILogger<LowStockNoticesJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var today = AthensTime.Today(clock);
        var rows = await db.Products.AsNoTracking()
            .Where(p => p.Approval == ApprovalStatus.Approved && p.Stock != null && p.Stock <= options.LowStockThreshold && p.Producer!.OwnerUserId != null)
            .Select(p => new { p.ProducerId, p.Producer!.BusinessName, p.Producer.OwnerUserId, p.Name, Stock = p.Stock!.Value })
            .ToListAsync(ct);
        var owners = rows.Select(r => r.OwnerUserId!.Value).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var sent = 0;
        foreach (var producer in rows.GroupBy(r => r.ProducerId))
        {
            var first = producer.First();
            if (!emails.TryGetValue(first.OwnerUserId!.Value, out var email) || string.IsNullOrEmpty(email))
            {
                continue;
            }

            var items = producer.OrderBy(r => r.Stock).Select(r => new LowStockItem(r.Name, r.Stock)).ToList();
            await mail.SendAsync(templates.LowStockNotice($"low-stock-{producer.Key:N}-{today:yyyyMMdd}", email, first.BusinessName, items), ct);
            sent++;
        }

        logger.LogInformation("Low-stock notices: {Producers} producers notified", sent);
    }
}
