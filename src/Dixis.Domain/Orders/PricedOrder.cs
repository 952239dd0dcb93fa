using Dixis.Domain.Pricing;

namespace Dixis.Domain.Orders;

/// <summary>One producer's order, priced: lines, charges, the VAT breakdown by rate and the totals.</summary>
/// <param name="Lines">The goods.</param>
/// <param name="Charges">Shipping and fees, VAT apportioned to the goods' rates.</param>
/// <param name="VatBreakdown">Net, VAT and gross per rate over lines and charges, highest rate first.</param>
/// <param name="GoodsGross">Gross value of the goods alone.</param>
/// <param name="Net">Total net.</param>
/// <param name="Vat">Total VAT.</param>
/// <param name="Total">What the buyer pays: goods + charges.</param>
public sealed record PricedOrder(
    IReadOnlyList<PricedLine> Lines,
    IReadOnlyList<PricedCharge> Charges,
    IReadOnlyList<VatPart> VatBreakdown,
    Money GoodsGross,
    Money Net,
    Money Vat,
    Money Total);
