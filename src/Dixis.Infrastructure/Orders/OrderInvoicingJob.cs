using Dixis.Domain.Invoicing;
using Dixis.Domain.Orders;
using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Invoicing;
using Dixis.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using InvoicePayment = Dixis.Domain.Invoicing.PaymentMethod;

namespace Dixis.Infrastructure.Orders;

/// <summary>
/// Documents for paid orders (queue <c>greek</c>): a retail receipt (11.1) for a consumer or a sales invoice (1.1)
/// for a business, in the producer's name; credit notes for refunds; and the refund of a payment that arrived after
/// its checkout expired. Every step re-reads the database and is safe to run twice.
/// </summary>
public sealed class OrderInvoicingJob(DixisDbContext db, InvoiceIssuer issuer, PaymentService payments, ILogger<OrderInvoicingJob> logger)
{
    /// <summary>Issues the missing documents of a checkout's paid orders.</summary>
    public async Task IssueForCheckoutAsync(Guid checkoutGroupId, CancellationToken ct)
    {
        // Queued from inside the payment's transaction, this job can start before that transaction commits: then
        // the checkout still looks unpaid. Fail, so the retry (seconds later) sees the committed capture; a capture
        // that was rolled back simply runs out of retries with nothing issued.
        var group = await db.CheckoutGroups.AsNoTracking().Where(g => g.Id == checkoutGroupId).Select(g => new { g.Status }).FirstOrDefaultAsync(ct);
        if (group is null || group.Status == CheckoutStatus.AwaitingPayment)
        {
            throw new InvalidOperationException($"Checkout {checkoutGroupId} is not confirmed (yet); retrying.");
        }

        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.ChargeParts)
            .Where(o => o.CheckoutGroupId == checkoutGroupId && o.InvoiceId == null && o.Status != OrderStatus.Pending && o.Status != OrderStatus.Cancelled)
            .ToListAsync(ct);
        foreach (var order in orders)
        {
            // A run that died after issuing but before linking finds its document instead of issuing a second.
            var existing = await db.Invoices.Where(i => i.OrderId == order.Id && i.CorrectedInvoiceId == null).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
            var invoiceId = existing ?? (await issuer.IssueAsync(await DraftAsync(order, ct), ct)).Id;
            await db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.InvoiceId, invoiceId), ct);
            logger.LogInformation("Order {OrderNumber} invoiced", order.Number);
        }
    }

    /// <summary>
    /// Credit notes for a refund of <paramref name="refundCents"/>: on the one order named by the reference
    /// (<c>order-{id}-…</c>), or spread over the checkout's documents by their totals.
    /// </summary>
    public async Task IssueCreditNotesAsync(Guid checkoutGroupId, long refundCents, string? reference, CancellationToken ct)
    {
        var invoices = await db.Orders.AsNoTracking()
            .Where(o => o.CheckoutGroupId == checkoutGroupId && o.InvoiceId != null)
            .Select(o => new { o.Id, InvoiceId = o.InvoiceId!.Value, o.Total })
            .ToListAsync(ct);
        var named = invoices.Where(i => reference?.StartsWith($"order-{i.Id}", StringComparison.Ordinal) == true).ToList();
        var targets = named.Count > 0 ? named : invoices;
        if (targets.Count == 0 || refundCents <= 0)
        {
            logger.LogInformation("Refund on checkout {CheckoutId} needs no credit note (nothing invoiced)", checkoutGroupId);
            return;
        }

        var shares = Money.FromCents(refundCents).Apportion(targets.Select(t => new Money(t.Total)).ToList());
        foreach (var (target, share) in targets.Zip(shares).Where(x => x.Second > Money.Zero))
        {
            var draft = await issuer.CreditNoteDraftAsync(target.InvoiceId, share, ct);
            await issuer.IssueAsync(draft, ct);
        }
    }

    /// <summary>Refunds a capture that arrived after its checkout was cancelled.</summary>
    public async Task RefundLateCaptureAsync(Guid checkoutGroupId, long capturedCents, CancellationToken ct)
    {
        var result = await payments.RefundAsync(checkoutGroupId, capturedCents, "late-capture", ct);
        if (!result.Succeeded)
        {
            // Most often the capture is not committed yet (this job was queued inside its transaction): retry.
            throw new InvalidOperationException($"Late capture on checkout {checkoutGroupId} not refunded yet: {result.Status}.");
        }

        logger.LogWarning("Late capture on expired checkout {CheckoutId} refunded", checkoutGroupId);
    }

    private async Task<InvoiceDraft> DraftAsync(Order order, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().SingleAsync(p => p.Id == order.ProducerId, ct);
        var issuerParty = new InvoiceParty(producer.Afm, producer.BusinessName, producer.TaxOffice, producer.Street, producer.City, producer.PostalCode);
        var business = order.BuyerType == BuyerType.Business;
        var type = business ? InvoiceType.SalesInvoice : InvoiceType.RetailReceipt;
        var counterpart = business ? new InvoiceParty(order.BuyerAfm!, order.BuyerName, null, order.DeliveryStreet, order.DeliveryCity, order.DeliveryPostalCode) : null;
        var classification = IncomeClassification.ForGoods(type);
        var lines = order.Lines.OrderBy(l => l.ProductName, StringComparer.Ordinal)
            .Select(l => Line(l.ProductName, l.Quantity, MeasurementUnit.Pieces, l.Net, l.Vat, l.VatCategory, classification, l.ProductId.ToString()))
            .Concat(order.ChargeParts.OrderBy(p => p.Kind).ThenByDescending(p => p.VatPercent)
                .Select(p => Line(p.Kind == ChargeKind.Shipping ? "Μεταφορικά" : "Έξοδα αντικαταβολής", 1, MeasurementUnit.None, p.Net, p.Vat, p.VatCategory, classification, null)))
            .ToList();
        var payment = order.PaymentMethod == PaymentProviders.CashOnDelivery ? InvoicePayment.Cash : InvoicePayment.Pos;
        return new InvoiceDraft(issuerParty, counterpart, type, InvoiceSeries.DefaultFor(type), lines, payment)
        {
            ProducerId = order.ProducerId,
            BuyerUserId = order.BuyerUserId,
            OrderId = order.Id,
            CheckoutId = order.CheckoutGroupId,
        };
    }

    /// <summary>The document line for stored amounts: from the net when VAT was computed on the net (a changed rate), else from the gross.</summary>
    private static InvoiceLine Line(string description, decimal quantity, MeasurementUnit unit, decimal net, decimal vat, int category, IncomeClassification classification, string? code)
    {
        var vatCategory = VatCategories.FromMyDataCode(category);
        var fromNet = InvoiceLine.FromNet(description, quantity, unit, new Money(net), vatCategory, classification, code);
        return fromNet.VatAmount.Amount == vat ? fromNet : InvoiceLine.FromGross(description, quantity, unit, new Money(net + vat), vatCategory, classification, code);
    }
}
