using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Payments;

/// <summary>
/// The recurring <c>payment-reconciliation</c> job (queue <c>high</c>, every 5 minutes): processes notifications
/// that are still pending (the provider could not be asked to verify them), retries refunds of duplicate captures,
/// cancels card attempts left open too long, expires unpaid checkouts (their stock goes back), and probes the providers for the health report.
/// </summary>
public sealed partial class PaymentReconciliationJob(
    DixisDbContext db,
    PaymentEventProcessor processor,
    PaymentService payments,
    PaymentHealthReport health,
    PaymentsOptions options,
    Orders.UnpaidCheckoutExpiry checkouts,
    TimeProvider clock,
    ILogger<PaymentReconciliationJob> logger)
{
    /// <summary>A notification younger than this may still be in the hands of the request that received it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private const int Batch = 100;

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var pending = await db.PaymentEvents.AsNoTracking()
            .Where(e => e.Outcome == PaymentEventOutcomes.Pending && e.ReceivedAt < now - Grace && !e.EventId.StartsWith(PaymentEventProcessor.CommandPrefix))
            .OrderBy(e => e.ReceivedAt).Select(e => e.Id).Take(Batch).ToListAsync(ct);
        var processed = 0;
        foreach (var id in pending)
        {
            var receipt = await processor.ProcessAsync(id, ct);
            processed += receipt.Outcome == PaymentEventOutcomes.Pending ? 0 : 1;
        }

        var duplicates = await db.Payments.AsNoTracking()
            .Where(p => p.DuplicateCapture && p.State == PaymentState.Captured).Select(p => p.Id).Take(Batch).ToListAsync(ct);
        foreach (var id in duplicates)
        {
            await processor.RefundDuplicateAsync(id, ct);
        }

        var expiry = now - TimeSpan.FromMinutes(Math.Max(1, options.PendingExpiryMinutes));
        var stale = await db.Payments.AsNoTracking()
            .Where(p => p.State == PaymentState.Pending && p.Provider != PaymentProviders.CashOnDelivery && p.CreatedAt < expiry)
            .OrderBy(p => p.CreatedAt).Take(Batch).ToListAsync(ct);
        foreach (var payment in stale)
        {
            await payments.CancelOneAsync(payment, PaymentReasons.Expired, ct);
        }

        // Checkouts whose payment window passed give their stock back.
        await checkouts.ExpireAsync(ct);
        await health.ProbeAllAsync(ct);
        LogRun(pending.Count, processed, duplicates.Count, stale.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment reconciliation: {Pending} pending notifications ({Processed} processed), {Duplicates} duplicate captures to refund, {Expired} attempts expired")]
    private partial void LogRun(int pending, int processed, int duplicates, int expired);
}
