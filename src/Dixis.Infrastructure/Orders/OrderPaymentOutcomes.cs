using Dixis.Domain.Orders;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Orders;

/// <summary>
/// What a payment means for the orders of its checkout. Runs inside the payment's transaction: a capture confirms
/// the orders there and then; receipts/invoices, credit notes and late-capture refunds are queued as jobs that
/// re-read the database (so a rolled-back capture leaves them nothing to do).
/// </summary>
public sealed class OrderPaymentOutcomes(DixisDbContext db, OrderLifecycle lifecycle, JobEnqueuer jobs, ILogger<OrderPaymentOutcomes> logger) : IPaymentOutcomeHandler
{
    public async Task OnCapturedAsync(PaymentOutcome outcome, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var group = await db.CheckoutGroups.FirstOrDefaultAsync(g => g.Id == outcome.CheckoutGroupId, ct);
        if (group is null)
        {
            logger.LogWarning("Payment {PaymentId} captured for an unknown checkout", outcome.PaymentId);
            return;
        }

        if (group.Status == CheckoutStatus.Cancelled)
        {
            // The checkout expired (its stock went back) before the money came: give the money back.
            jobs.Enqueue<OrderInvoicingJob>(JobQueues.High, j => j.RefundLateCaptureAsync(group.Id, outcome.CapturedCents, CancellationToken.None));
            return;
        }

        if (group.Status == CheckoutStatus.AwaitingPayment)
        {
            var orders = await db.Orders.Include(o => o.Lines).Where(o => o.CheckoutGroupId == group.Id).ToListAsync(ct);
            var moved = await lifecycle.ApplyAsync(orders, OrderStatus.Confirmed, OrderActor.System, null, "paid: " + outcome.Provider, null, ct) ?? [];
            group.Status = CheckoutStatus.Confirmed;
            await db.SaveChangesAsync(ct);
            moved.ForEach(lifecycle.NotifyBuyer);
        }

        // Card payments are invoiced when paid; cash on delivery was invoiced at the door (capture at delivery).
        jobs.Enqueue<OrderInvoicingJob>(JobQueues.Greek, j => j.IssueForCheckoutAsync(group.Id, CancellationToken.None));
    }

    public Task OnFailedAsync(PaymentOutcome outcome, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        logger.LogInformation("Payment attempt {Attempt} of checkout {CheckoutId} failed ({Reason}); the buyer may retry", outcome.Attempt, outcome.CheckoutGroupId, outcome.Reason);
        return Task.CompletedTask;
    }

    public Task OnCancelledAsync(PaymentOutcome outcome, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        logger.LogInformation("Payment attempt {Attempt} of checkout {CheckoutId} cancelled ({Reason})", outcome.Attempt, outcome.CheckoutGroupId, outcome.Reason);
        return Task.CompletedTask;
    }

    public Task OnRefundedAsync(PaymentOutcome outcome, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        jobs.Enqueue<OrderInvoicingJob>(JobQueues.Greek, j => j.IssueCreditNotesAsync(outcome.CheckoutGroupId, outcome.ChangeCents, outcome.Reference, CancellationToken.None));
        return Task.CompletedTask;
    }
}
