namespace Dixis.Infrastructure.Data.Orders;

/// <summary>A product line of an order, priced at checkout (copies of name and prices: later catalogue changes do not alter it).</summary>
public sealed class OrderLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrderId { get; set; }

    public Guid ProductId { get; set; }

    public required string ProductName { get; set; }

    public required string CategorySlug { get; set; }

    public int Quantity { get; set; }

    public decimal UnitGross { get; set; }

    public decimal Net { get; set; }

    public decimal Vat { get; set; }

    public decimal Gross { get; set; }

    public int VatPercent { get; set; }

    /// <summary>AADE myDATA VAT category (1..6).</summary>
    public int VatCategory { get; set; }

    /// <summary>Which VAT rule decided (see Dixis.Domain.Vat.VatRules).</summary>
    public required string VatRule { get; set; }

    public decimal CommissionNet { get; set; }
}
