using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Invoicing;

namespace Dixis.Infrastructure.Tests.Invoicing;

/// <summary>Drafts as checkout, refunds and settlements will pass them.</summary>
internal static class Drafts
{
    public static readonly InvoiceParty Producer = new("090000045", "Μελισσοκομείο Λέσβου", "ΔΟΥ Μυτιλήνης", "Αγοράς 1", "Καλλονή", "81107");
    public static readonly InvoiceParty Business = new("094014201", "Ταβέρνα Ο Γιώργος ΟΕ", "ΔΟΥ Α' Αθηνών", "Πανεπιστημίου 10", "Αθήνα", "10671");

    /// <summary>A producer whose AFM is unique to the test, so its series start empty.</summary>
    public static InvoiceParty NewProducer() => Producer with { Afm = RandomAfm() };

    public static InvoiceDraft Receipt(InvoiceParty issuer, string series = "ΑΛΠ") =>
        new(issuer, null, InvoiceType.RetailReceipt, series,
        [
            InvoiceLine.FromGross("Θυμαρίσιο μέλι 450 g", 3m, MeasurementUnit.Pieces, new Money(29.40m), VatCategory.IslandReduced9, IncomeClassification.ForGoods(InvoiceType.RetailReceipt), "meli-450"),
            InvoiceLine.FromGross("Κρασί λευκό 750 ml", 2m, MeasurementUnit.Pieces, new Money(24.80m), VatCategory.Standard24, IncomeClassification.ForGoods(InvoiceType.RetailReceipt)),
            InvoiceLine.FromGross("Μεταφορικά", 1m, MeasurementUnit.None, new Money(3.20m), VatCategory.IslandReduced9, IncomeClassification.ForGoods(InvoiceType.RetailReceipt)),
        ], PaymentMethod.Pos)
        {
            BuyerUserId = Guid.NewGuid(),
            OrderId = Guid.NewGuid(),
        };

    public static InvoiceDraft SalesInvoice(InvoiceParty issuer, string series = "ΤΠ") =>
        new(issuer, Business, InvoiceType.SalesInvoice, series,
        [
            InvoiceLine.FromGross("Φέτα ΠΟΠ 1 kg", 2.5m, MeasurementUnit.Kilograms, new Money(33.90m), VatCategory.Reduced13, IncomeClassification.ForGoods(InvoiceType.SalesInvoice)),
            InvoiceLine.FromGross("Ελαιόλαδο 5 lt", 1m, MeasurementUnit.Litres, new Money(48.00m), VatCategory.Reduced13, IncomeClassification.ForGoods(InvoiceType.SalesInvoice)),
        ], PaymentMethod.DomesticBusinessAccount)
        {
            OrderId = Guid.NewGuid(),
        };

    /// <summary>A valid AFM nobody else in the test run uses (random first 8 digits, computed check digit).</summary>
    public static string RandomAfm()
    {
        var digits = new int[9];
        digits[0] = Random.Shared.Next(1, 10);
        for (var i = 1; i < 8; i++)
        {
            digits[i] = Random.Shared.Next(0, 10);
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += digits[i] << (8 - i);
        }

        digits[8] = sum % 11 % 10;
        return string.Concat(digits);
    }
}
