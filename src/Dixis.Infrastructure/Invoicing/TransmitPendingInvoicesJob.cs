using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Dixis.Infrastructure.Invoicing.MyData;
using Dixis.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>
/// Recurring sweep (queue <c>greek</c>): once AADE credentials are configured, queues a transmission for every
/// document still Pending, e.g. those issued while credentials were missing. Failed documents are left to their
/// own Hangfire retries (and the Failed list of /admin/jobs).
/// </summary>
public sealed class TransmitPendingInvoicesJob(DixisDbContext db, MyDataOptions options, JobEnqueuer jobs, TimeProvider clock, ILogger<TransmitPendingInvoicesJob> logger)
{
    /// <summary>Documents younger than this still have their own job on the way.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!options.IsConfigured)
        {
            logger.LogInformation("myDATA is not configured: pending documents wait");
            return 0;
        }

        var before = clock.GetUtcNow() - Grace;
        var ids = await db.Invoices.AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Pending && i.IssuedAt < before)
            .OrderBy(i => i.IssuedAt).Select(i => i.Id).Take(1000).ToListAsync(ct);
        foreach (var id in ids)
        {
            jobs.Enqueue<TransmitInvoiceJob>(JobQueues.Greek, j => j.TransmitAsync(id, CancellationToken.None));
        }

        logger.LogInformation("Queued {Count} pending documents for myDATA", ids.Count);
        return ids.Count;
    }
}
