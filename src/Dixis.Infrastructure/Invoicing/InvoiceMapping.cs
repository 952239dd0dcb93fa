using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>Between stored <see cref="Invoice"/> rows and the domain's <see cref="InvoiceDocument"/>.</summary>
public static class InvoiceMapping
{
    /// <summary>Loads a document with its lines and, for a credit note, the corrected document's reference and MARK.</summary>
    public static async Task<(Invoice Entity, InvoiceDocument Document)?> LoadAsync(DixisDbContext db, Guid id, CancellationToken ct, bool tracking = false)
    {
        var query = db.Invoices.Include(i => i.Items).Where(i => i.Id == id);
        var entity = await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (entity is null)
        {
            return null;
        }

        var corrects = entity.CorrectedInvoiceId is { } correctedId ? await CorrelatedAsync(db, correctedId, ct) : null;
        return (entity, ToDocument(entity, corrects));
    }

    /// <summary>The reference of a document a credit note points to; null when there is none.</summary>
    public static Task<CorrelatedInvoice?> CorrelatedAsync(DixisDbContext db, Guid id, CancellationToken ct) =>
        db.Invoices.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new CorrelatedInvoice(i.Id, i.Type, i.Series, i.Number, i.Mark))
            .SingleOrDefaultAsync(ct);

    public static InvoiceDocument ToDocument(Invoice e, CorrelatedInvoice? corrects)
    {
        ArgumentNullException.ThrowIfNull(e);
        var issuer = new InvoiceParty(e.IssuerAfm, e.IssuerName, e.IssuerTaxOffice, e.IssuerStreet, e.IssuerCity, e.IssuerPostalCode, e.IssuerBranch);
        var counterpart = e.CounterpartAfm is null
            ? null
            : new InvoiceParty(e.CounterpartAfm, e.CounterpartName ?? "", e.CounterpartTaxOffice, e.CounterpartStreet ?? "", e.CounterpartCity ?? "", e.CounterpartPostalCode ?? "", e.CounterpartBranch ?? 0);
        var lines = e.Items.OrderBy(l => l.LineNumber)
            .Select(l => new InvoiceLine(l.Description, l.Quantity, l.Unit, new Money(l.NetValue), l.VatCategory, new Money(l.VatAmount),
                new IncomeClassification(l.ClassificationCategory, l.ClassificationType), l.VatExemptionCategory, l.ItemCode))
            .ToArray();
        var stored = new InvoiceTotals(new Money(e.TotalNet), new Money(e.TotalVat), new Money(e.TotalGross), InvoiceTotals.Of(lines).Breakdown);
        return new InvoiceDocument(issuer, counterpart, e.Type, e.Series, e.Number, e.IssueDate, lines, e.PaymentMethod, stored, corrects);
    }

    /// <summary>A new row for a numbered document and the references of its draft.</summary>
    public static Invoice ToEntity(InvoiceDocument d, InvoiceDraft draft, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(draft);
        var invoice = new Invoice
        {
            Type = d.Type,
            Series = d.Series,
            Number = d.Number,
            IssueDate = d.IssueDate,
            IssuedAt = issuedAt,
            IssuerAfm = d.Issuer.Afm,
            IssuerName = d.Issuer.Name,
            IssuerTaxOffice = d.Issuer.TaxOffice ?? "",
            IssuerStreet = d.Issuer.Street,
            IssuerCity = d.Issuer.City,
            IssuerPostalCode = d.Issuer.PostalCode,
            IssuerBranch = d.Issuer.Branch,
            CounterpartAfm = d.Counterpart?.Afm,
            CounterpartName = d.Counterpart?.Name,
            CounterpartTaxOffice = d.Counterpart?.TaxOffice,
            CounterpartStreet = d.Counterpart?.Street,
            CounterpartCity = d.Counterpart?.City,
            CounterpartPostalCode = d.Counterpart?.PostalCode,
            CounterpartBranch = d.Counterpart?.Branch,
            PaymentMethod = d.PaymentMethod,
            TotalNet = d.Totals.Net.Amount,
            TotalVat = d.Totals.Vat.Amount,
            TotalGross = d.Totals.Gross.Amount,
            CorrectedInvoiceId = d.Corrects?.Id,
            ProducerId = draft.ProducerId,
            BuyerUserId = draft.BuyerUserId,
            OrderId = draft.OrderId,
            CheckoutId = draft.CheckoutId,
            SettlementId = draft.SettlementId,
            Status = InvoiceStatus.Pending,
        };
        for (var i = 0; i < d.Lines.Count; i++)
        {
            var l = d.Lines[i];
            invoice.Items.Add(new InvoiceItem
            {
                InvoiceId = invoice.Id,
                LineNumber = i + 1,
                Description = l.Description,
                ItemCode = l.ItemCode,
                Quantity = l.Quantity,
                Unit = l.Unit,
                NetValue = l.NetValue.Amount,
                VatCategory = l.VatCategory,
                VatAmount = l.VatAmount.Amount,
                VatExemptionCategory = l.VatExemptionCategory,
                ClassificationCategory = l.Classification.Category,
                ClassificationType = l.Classification.Type,
            });
        }

        return invoice;
    }
}
