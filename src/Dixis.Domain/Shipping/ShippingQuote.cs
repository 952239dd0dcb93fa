using Dixis.Domain.Greek;
using Dixis.Domain.Pricing;

namespace Dixis.Domain.Shipping;

/// <summary>The shipping charge for one producer's parcel.</summary>
/// <param name="Method">Courier or pickup.</param>
/// <param name="Zone">Zone of the delivery postal code (null for pickup).</param>
/// <param name="WeightGrams">Parcel weight.</param>
/// <param name="ListPrice">The table price before any free-shipping waiver.</param>
/// <param name="Price">What the buyer pays (VAT included).</param>
/// <param name="FreeShippingApplied">True when the producer's threshold waived the price.</param>
/// <param name="AmountToFreeShipping">How much more in goods would make shipping free; null when not applicable.</param>
public sealed record ShippingQuote(
    ShippingMethod Method,
    ShippingZone? Zone,
    int WeightGrams,
    Money ListPrice,
    Money Price,
    bool FreeShippingApplied,
    Money? AmountToFreeShipping);
