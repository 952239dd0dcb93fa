using Dixis.Domain.Invoicing;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>
/// Default series codes. Numbers run per issuer, type and series, so a producer's receipts, invoices and credit
/// notes each count from 1; distinct codes keep printed references unambiguous for people.
/// </summary>
public static class InvoiceSeries
{
    public static string DefaultFor(InvoiceType type) => type switch
    {
        InvoiceType.RetailReceipt => "ΑΛΠ",
        InvoiceType.SalesInvoice => "ΤΠ",
        InvoiceType.ServiceInvoice => "ΤΠΥ",
        InvoiceType.CreditNote => "ΠΤ",
        InvoiceType.RetailCreditNote => "ΠΣΛ",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown invoice type."),
    };
}
