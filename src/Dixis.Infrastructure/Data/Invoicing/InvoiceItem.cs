using Dixis.Domain.Invoicing;

namespace Dixis.Infrastructure.Data.Invoicing;

/// <summary>One line of an issued document (key: invoice and line number).</summary>
public sealed class InvoiceItem
{
    public Guid InvoiceId { get; set; }

    public int LineNumber { get; set; }

    public required string Description { get; set; }

    public string? ItemCode { get; set; }

    public decimal Quantity { get; set; }

    public MeasurementUnit Unit { get; set; }

    public decimal NetValue { get; set; }

    public VatCategory VatCategory { get; set; }

    public decimal VatAmount { get; set; }

    public int? VatExemptionCategory { get; set; }

    public required string ClassificationCategory { get; set; }

    public required string ClassificationType { get; set; }
}
