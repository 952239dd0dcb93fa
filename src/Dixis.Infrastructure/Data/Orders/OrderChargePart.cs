using Dixis.Domain.Orders;

namespace Dixis.Infrastructure.Data.Orders;

/// <summary>The part of a charge (shipping, COD fee) taxed at one of the goods' VAT rates.</summary>
public sealed class OrderChargePart
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrderId { get; set; }

    public ChargeKind Kind { get; set; }

    public int VatPercent { get; set; }

    public int VatCategory { get; set; }

    public decimal Net { get; set; }

    public decimal Vat { get; set; }

    public decimal Gross { get; set; }
}
