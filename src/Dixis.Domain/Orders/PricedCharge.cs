using Dixis.Domain.Pricing;

namespace Dixis.Domain.Orders;

/// <summary>A charge (shipping, COD fee) with its VAT apportioned to the goods' rates by value.</summary>
/// <param name="Kind">What the charge is.</param>
/// <param name="Gross">What the buyer pays for it.</param>
/// <param name="Parts">One part per VAT rate of the goods; the parts' gross amounts add up to <paramref name="Gross"/>.</param>
public sealed record PricedCharge(ChargeKind Kind, Money Gross, IReadOnlyList<VatPart> Parts);
