using System.Globalization;
using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Jobs.Recurring;

/// <summary>Monday 09:00: each active producer's week in figures. One mail id per producer and ISO week.</summary>
public sealed class ProducerWeeklyDigestJob(DixisDbContext db, MailTemplates templates, SendMailJob mail, JobsOptions options, TimeProvider clock, ILogger<ProducerWeeklyDigestJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var today = AthensTime.Today(clock).ToDateTime(TimeOnly.MinValue);
        var week = $"{ISOWeek.GetYear(today)}w{ISOWeek.GetWeekOfYear(today):00}";
        var producers = await db.Producers.AsNoTracking()
            .Where(p => p.Status == ProducerStatus.Active && p.OwnerUserId != null)
            .Select(p => new
            {
                p.Id,
                p.BusinessName,
                Email = db.Users.Where(u => u.Id == p.OwnerUserId).Select(u => u.Email).FirstOrDefault(),
                OnSale = p.Products.Count(x => x.Approval == ApprovalStatus.Approved),
                Pending = p.Products.Count(x => x.Approval == ApprovalStatus.Pending),
                Low = p.Products.Count(x => x.Approval == ApprovalStatus.Approved && x.Stock != null && x.Stock <= options.LowStockThreshold),
            })
            .ToListAsync(ct);
        foreach (var p in producers.Where(p => !string.IsNullOrEmpty(p.Email)))
        {
            var model = new WeeklyDigestModel(p.BusinessName, p.OnSale, p.Pending, p.Low, $"/producer/notifications/unsubscribe?digest=weekly&producer={p.Id:N}");
            await mail.SendAsync(templates.ProducerWeeklyDigest($"digest-{p.Id:N}-{week}", p.Email!, model), ct);
        }

        logger.LogInformation("Weekly digest {Week}: {Producers} producers", week, producers.Count);
    }
}
