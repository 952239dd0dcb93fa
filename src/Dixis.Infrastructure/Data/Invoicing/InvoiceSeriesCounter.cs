using Dixis.Domain.Invoicing;

namespace Dixis.Infrastructure.Data.Invoicing;

/// <summary>The last number used in a series (per issuer AFM, type and series code).</summary>
public sealed class InvoiceSeriesCounter
{
    public required string IssuerAfm { get; set; }

    public InvoiceType Type { get; set; }

    public required string Series { get; set; }

    public long LastNumber { get; set; }
}
