using Dixis.Domain.Greek;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Settlements;
using Dixis.Infrastructure.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Settlements;

/// <summary>
/// The commission invoice (myDATA 2.1, a service) from Dixis to the producer for a settled month. Without Dixis's own
/// legal identity configured (<c>Platform:*</c>) nothing is issued and the statement waits with no invoice.
/// </summary>
public sealed class CommissionInvoices(DixisDbContext db, InvoiceIssuer issuer, PlatformOptions platform, ILogger<CommissionInvoices> logger)
{
    /// <summary>Issues the missing commission invoices of <paramref name="settlements"/>; returns how many.</summary>
    public async Task<int> IssueAsync(IEnumerable<Settlement> settlements, CancellationToken ct)
    {
        if (!Afm.Validate(platform.Afm).Valid)
        {
            logger.LogWarning("Commission invoices not issued: Platform:Afm is not configured");
            return 0;
        }

        var issued = 0;
        foreach (var settlement in settlements.Where(s => s.CommissionInvoiceId is null && s.CommissionNet > 0m))
        {
            var existing = await db.Invoices.Where(i => i.SettlementId == settlement.Id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
            var invoiceId = existing ?? (await issuer.IssueAsync(await DraftAsync(settlement, ct), ct)).Id;
            await db.Settlements.Where(s => s.Id == settlement.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CommissionInvoiceId, invoiceId), ct);
            issued++;
        }

        return issued;
    }

    private async Task<InvoiceDraft> DraftAsync(Settlement settlement, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().SingleAsync(p => p.Id == settlement.ProducerId, ct);
        var counterpart = new InvoiceParty(producer.Afm, producer.BusinessName, producer.TaxOffice, producer.Street, producer.City, producer.PostalCode);
        var line = InvoiceLine.FromNet(
            $"Προμήθεια Dixis {settlement.Month:MM/yyyy} ({settlement.Orders} παραγγελίες)",
            1,
            MeasurementUnit.None,
            new Money(settlement.CommissionNet),
            VatCategories.FromMyDataCode(1),
            IncomeClassification.ForServices(InvoiceType.ServiceInvoice));
        return new InvoiceDraft(platform.ToParty(), counterpart, InvoiceType.ServiceInvoice, InvoiceSeries.DefaultFor(InvoiceType.ServiceInvoice), [line], PaymentMethod.OnCredit)
        {
            ProducerId = settlement.ProducerId,
            SettlementId = settlement.Id,
        };
    }
}
