using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;

namespace Dixis.Domain.Tests.Invoicing;

public sealed class CreditNoteLinesTests
{
    [Fact]
    public void A_full_refund_copies_the_original_lines()
    {
        var receipt = SampleDocuments.Receipt(5);

        var lines = CreditNoteLines.For(receipt, receipt.Totals.Gross, Money.Zero);

        Assert.Equal(receipt.Lines, lines);
    }

    [Fact]
    public void A_partial_refund_returns_vat_at_the_rates_charged_and_adds_up_to_the_refund()
    {
        var receipt = SampleDocuments.Receipt(5);

        var lines = CreditNoteLines.For(receipt, new Money(10.00m), Money.Zero);
        var credit = InvoiceDocument.Create(receipt.Issuer, null, InvoiceType.RetailCreditNote, "ΠΑ", 0, SampleDocuments.Date, lines, receipt.PaymentMethod, SampleDocuments.Corrects(receipt));

        Assert.Equal(new Money(10.00m), credit.Totals.Gross);
        Assert.Equal([VatCategory.Standard24, VatCategory.IslandReduced9], lines.Select(l => l.VatCategory));
        // 24.80 of 57.40 is at 24 %: 4.32 of the 10.00; the rest (5.68) at 9 %.
        Assert.Equal([new Money(4.32m), new Money(5.68m)], lines.Select(l => l.GrossValue));
        Assert.All(lines, l => Assert.Equal(MeasurementUnit.None, l.Unit));
        Assert.Contains("A-5", lines[0].Description, StringComparison.Ordinal);
        Assert.Empty(InvoiceRules.CheckDraft(credit));
    }

    [Fact]
    public void Refunds_cannot_exceed_what_is_left_to_credit()
    {
        var invoice = SampleDocuments.SalesInvoice(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => CreditNoteLines.For(invoice, invoice.Totals.Gross + new Money(0.01m), Money.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditNoteLines.For(invoice, new Money(10m), invoice.Totals.Gross - new Money(5m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditNoteLines.For(invoice, Money.Zero, Money.Zero));
        Assert.NotEmpty(CreditNoteLines.For(invoice, new Money(5m), invoice.Totals.Gross - new Money(5m)));
    }

    [Fact]
    public void A_credit_note_cannot_itself_be_credited()
    {
        var invoice = SampleDocuments.SalesInvoice(2);
        var credit = invoice with { Type = InvoiceType.CreditNote, Corrects = SampleDocuments.Corrects(invoice) };

        Assert.Throws<ArgumentException>(() => CreditNoteLines.For(credit, new Money(1m), Money.Zero));
    }
}
