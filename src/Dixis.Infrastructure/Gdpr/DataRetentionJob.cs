using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Gdpr;
using Dixis.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Gdpr;

/// <summary>What a retention run removed.</summary>
public sealed record RetentionRun(int ExportsExpired, int OrdersDeleted, int InvoicesDeleted);

/// <summary>
/// The recurring <c>data-retention-purge</c> (daily, queue <c>general</c>): deletes expired data exports, and the
/// orders and documents whose legal hold has ended (the day after <see cref="LegalHold.HeldUntil"/>, Athens time),
/// with their PDFs. Each purge is recorded in the audit log. Safe to run twice or on two replicas at once.
/// </summary>
public sealed class DataRetentionJob(DixisDbContext db, IBlobStorage blobs, TimeProvider clock, ILogger<DataRetentionJob> logger)
{
    public async Task<RetentionRun> RunAsync(CancellationToken ct)
    {
        var exports = await ExpireExportsAsync(ct);
        var today = AthensTime.Today(clock);
        var ended = await db.LegalHolds.Where(h => h.HeldUntil < today).OrderBy(h => h.HeldUntil).Take(1000).ToListAsync(ct);
        var orderIds = ended.Where(h => h.Kind == LegalHoldKinds.Order).Select(h => h.RecordId).ToList();
        var invoiceIds = ended.Where(h => h.Kind == LegalHoldKinds.Invoice).Select(h => h.RecordId).ToList();

        var orders = await db.Orders.Where(o => orderIds.Contains(o.Id)).ToListAsync(ct);
        var groupIds = orders.Select(o => o.CheckoutGroupId).Distinct().ToList();
        db.Orders.RemoveRange(orders);

        var invoices = await db.Invoices.Where(i => invoiceIds.Contains(i.Id)).ToListAsync(ct);
        var pdfs = invoices.Where(i => i.PdfBlobKey is not null).Select(i => i.PdfBlobKey!).ToList();
        db.Invoices.RemoveRange(invoices);
        db.LegalHolds.RemoveRange(ended);
        var now = clock.GetUtcNow();
        if (ended.Count > 0)
        {
            var entry = AuditTrail.System(AuditActions.Purge, "retention.legal-hold",
                $"Legal hold ended ({LegalRetention.TaxBasis}): {orders.Count} orders and {invoices.Count} documents deleted");
            entry.At = now;
            db.AuditLog.Add(entry);
        }

        await db.SaveChangesAsync(ct);

        // A checkout whose orders are all gone keeps nothing worth keeping, nor do its payment attempts (amounts only).
        var emptyGroups = await db.CheckoutGroups.Where(g => groupIds.Contains(g.Id) && !db.Orders.Any(o => o.CheckoutGroupId == g.Id)).Select(g => g.Id).ToListAsync(ct);
        if (emptyGroups.Count > 0)
        {
            await db.PaymentGroupCaptures.Where(c => emptyGroups.Contains(c.CheckoutGroupId)).ExecuteDeleteAsync(ct);
            await db.Payments.Where(p => emptyGroups.Contains(p.CheckoutGroupId)).ExecuteDeleteAsync(ct);
            await db.CheckoutGroups.Where(g => emptyGroups.Contains(g.Id)).ExecuteDeleteAsync(ct);
        }

        foreach (var key in pdfs)
        {
            await blobs.DeleteAsync(key, ct);
        }

        logger.LogInformation("Data retention: {Exports} exports expired, {Orders} orders and {Invoices} documents past their legal hold deleted",
            exports, orders.Count, invoices.Count);
        return new RetentionRun(exports, orders.Count, invoices.Count);
    }

    private async Task<int> ExpireExportsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var expired = await db.DataExports.Where(e => e.Status == DataExportStatus.Ready && e.ExpiresAt <= now).ToListAsync(ct);
        foreach (var export in expired)
        {
            if (export.BlobKey is not null)
            {
                await blobs.DeleteAsync(export.BlobKey, ct);
            }

            export.Status = DataExportStatus.Expired;
            export.BlobKey = null;
        }

        await db.SaveChangesAsync(ct);
        return expired.Count;
    }
}
