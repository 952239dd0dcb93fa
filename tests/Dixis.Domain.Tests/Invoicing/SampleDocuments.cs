using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;

namespace Dixis.Domain.Tests.Invoicing;

/// <summary>Valid documents to start each rule test from.</summary>
internal static class SampleDocuments
{
    public static readonly InvoiceParty Producer = new("090000045", "Μελισσοκομείο Λέσβου", "ΔΟΥ Μυτιλήνης", "Αγοράς 1", "Καλλονή", "81107");
    public static readonly InvoiceParty Business = new("094014201", "Ταβέρνα Ο Γιώργος ΟΕ", "ΔΟΥ Α' Αθηνών", "Πανεπιστημίου 10", "Αθήνα", "10671");
    public static readonly DateOnly Date = new(2026, 3, 2);

    public static InvoiceLine Honey(InvoiceType type, decimal gross = 29.40m, decimal quantity = 3m) =>
        InvoiceLine.FromGross("Θυμαρίσιο μέλι 450 g", quantity, MeasurementUnit.Pieces, new Money(gross), VatCategory.IslandReduced9, IncomeClassification.ForGoods(type), "meli-450");

    public static InvoiceLine Wine(InvoiceType type) =>
        InvoiceLine.FromGross("Κρασί λευκό 750 ml", 2m, MeasurementUnit.Pieces, new Money(24.80m), VatCategory.Standard24, IncomeClassification.ForGoods(type));

    public static InvoiceLine Shipping(InvoiceType type, VatCategory category, decimal gross) =>
        InvoiceLine.FromGross("Μεταφορικά", 1m, MeasurementUnit.None, new Money(gross), category, IncomeClassification.ForGoods(type));

    public static InvoiceDocument Receipt(long number = 0) =>
        InvoiceDocument.Create(Producer, null, InvoiceType.RetailReceipt, "A", number, Date,
            [Honey(InvoiceType.RetailReceipt), Wine(InvoiceType.RetailReceipt), Shipping(InvoiceType.RetailReceipt, VatCategory.IslandReduced9, 3.20m)], PaymentMethod.Pos);

    public static InvoiceDocument SalesInvoice(long number = 0) =>
        InvoiceDocument.Create(Producer, Business, InvoiceType.SalesInvoice, "B", number, Date,
            [Honey(InvoiceType.SalesInvoice), Wine(InvoiceType.SalesInvoice)], PaymentMethod.DomesticBusinessAccount);

    public static CorrelatedInvoice Corrects(InvoiceDocument original, long? mark = 400001234567890) =>
        new(Guid.NewGuid(), original.Type, original.Series, Math.Max(1, original.Number), mark);
}
