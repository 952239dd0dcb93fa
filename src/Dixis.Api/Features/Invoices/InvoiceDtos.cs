namespace Dixis.Api.Features.Invoices;

/// <summary>Issuer or counterpart as printed on the document.</summary>
public sealed record InvoicePartyResponse(string Afm, string Name, string? TaxOffice, string Street, string City, string PostalCode);

/// <summary>One line of a document.</summary>
public sealed record InvoiceLineResponse(
    int LineNumber, string Description, decimal Quantity, string Unit, decimal NetValue, int VatCategory, int VatPercent, decimal VatAmount,
    decimal GrossValue, string ClassificationCategory, string ClassificationType, int? VatExemptionCategory);

/// <summary>Net, VAT and gross of one VAT rate.</summary>
public sealed record InvoiceVatResponse(int VatCategory, int VatPercent, decimal Net, decimal Vat, decimal Gross);

/// <summary>
/// A receipt, invoice or credit note and where it stands with AADE myDATA. <c>type</c> is the myDATA code (11.1,
/// 1.1, 2.1, 5.1, 11.4), <c>title</c> the Greek title printed, <c>status</c> Pending, Transmitted, Rejected or
/// Failed; <c>mark</c>, <c>uid</c> and <c>qrUrl</c> are set once transmitted.
/// </summary>
public sealed record InvoiceResponse(
    Guid Id,
    string Type,
    string Title,
    string Series,
    long Number,
    DateOnly IssueDate,
    InvoicePartyResponse Issuer,
    InvoicePartyResponse? Counterpart,
    IReadOnlyList<InvoiceLineResponse> Lines,
    IReadOnlyList<InvoiceVatResponse> VatBreakdown,
    decimal TotalNet,
    decimal TotalVat,
    decimal TotalGross,
    int PaymentMethod,
    string PaymentMethodLabel,
    string Status,
    long? Mark,
    string? Uid,
    string? QrUrl,
    Guid? CorrectsInvoiceId,
    Guid? OrderId,
    string PdfUrl);
