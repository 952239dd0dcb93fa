namespace Dixis.Domain.Invoicing;

/// <summary>The document a credit note corrects: its id, printed reference and, once transmitted, its MARK.</summary>
public sealed record CorrelatedInvoice(Guid Id, InvoiceType Type, string Series, long Number, long? Mark);
