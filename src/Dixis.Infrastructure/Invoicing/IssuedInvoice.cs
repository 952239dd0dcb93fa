using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>A stored, numbered document.</summary>
public sealed record IssuedInvoice(Guid Id, InvoiceType Type, string Series, long Number, DateOnly IssueDate, Money TotalGross)
{
    /// <summary>Series and number as printed, e.g. "ΑΛΠ-12".</summary>
    public string Reference => $"{Series}-{Number}";
}
