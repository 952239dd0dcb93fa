namespace Dixis.Domain.Invoicing;

/// <summary>myDATA codes, Greek titles and kinds of <see cref="InvoiceType"/>.</summary>
public static class InvoiceTypes
{
    /// <summary>Every type, in the order of the enum.</summary>
    public static readonly IReadOnlyList<InvoiceType> All = Enum.GetValues<InvoiceType>();

    /// <summary>The myDATA <c>invoiceType</c> code, e.g. "11.1".</summary>
    public static string Code(InvoiceType type) => type switch
    {
        InvoiceType.RetailReceipt => "11.1",
        InvoiceType.SalesInvoice => "1.1",
        InvoiceType.ServiceInvoice => "2.1",
        InvoiceType.CreditNote => "5.1",
        InvoiceType.RetailCreditNote => "11.4",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown invoice type."),
    };

    /// <summary>The type for a myDATA code; null when Dixis does not issue it.</summary>
    public static InvoiceType? FromCode(string? code) => All.Cast<InvoiceType?>().FirstOrDefault(t => Code(t!.Value) == code?.Trim());

    /// <summary>The title printed on the document.</summary>
    public static string GreekTitle(InvoiceType type) => type switch
    {
        InvoiceType.RetailReceipt => "Απόδειξη Λιανικής Πώλησης",
        InvoiceType.SalesInvoice => "Τιμολόγιο Πώλησης",
        InvoiceType.ServiceInvoice => "Τιμολόγιο Παροχής Υπηρεσιών",
        InvoiceType.CreditNote => "Πιστωτικό Τιμολόγιο",
        InvoiceType.RetailCreditNote => "Πιστωτικό Στοιχείο Λιανικής",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown invoice type."),
    };

    /// <summary>Retail documents (11.x) have no counterpart and are classified as retail income.</summary>
    public static bool IsRetail(InvoiceType type) => type is InvoiceType.RetailReceipt or InvoiceType.RetailCreditNote;

    /// <summary>Credit documents reverse an earlier one and must name it.</summary>
    public static bool IsCredit(InvoiceType type) => type is InvoiceType.CreditNote or InvoiceType.RetailCreditNote;

    /// <summary>The credit type that reverses <paramref name="original"/>: 11.4 for a receipt, 5.1 for an invoice.</summary>
    public static InvoiceType CreditFor(InvoiceType original) => original switch
    {
        InvoiceType.RetailReceipt => InvoiceType.RetailCreditNote,
        InvoiceType.SalesInvoice or InvoiceType.ServiceInvoice => InvoiceType.CreditNote,
        _ => throw new ArgumentException($"A {Code(original)} document cannot be credited.", nameof(original)),
    };
}
