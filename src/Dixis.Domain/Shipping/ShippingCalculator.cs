using Dixis.Domain.Greek;
using Dixis.Domain.Pricing;

namespace Dixis.Domain.Shipping;

/// <summary>Prices one producer's parcel: zone from the postal code, weight tier, the producer's free-shipping threshold, pickup.</summary>
public static class ShippingCalculator
{
    /// <summary>
    /// Quotes a parcel. The free-shipping threshold compares with the goods' gross value and waives the courier
    /// price in every zone except <see cref="ShippingZone.Remote"/>, where the crossing costs the producer too much
    /// to give away; remote addresses always pay the table price.
    /// </summary>
    /// <param name="method">Courier or pickup.</param>
    /// <param name="delivery">Delivery postal code (ignored for pickup).</param>
    /// <param name="weightGrams">Total weight of the parcel.</param>
    /// <param name="goodsGross">Gross value of the goods in the parcel.</param>
    /// <param name="freeShippingThreshold">The producer's threshold; null when the producer offers none.</param>
    /// <exception cref="ArgumentException">Courier to a postal code that is not Greek.</exception>
    public static ShippingQuote Quote(ShippingMethod method, PostalCode delivery, int weightGrams, Money goodsGross, Money? freeShippingThreshold)
    {
        if (method == ShippingMethod.Pickup)
        {
            return new ShippingQuote(method, null, weightGrams, Money.Zero, Money.Zero, false, null);
        }

        var info = PostalCodeDirectory.Lookup(delivery)
            ?? throw new ArgumentException($"Postal code {delivery.Formatted} is not a Greek area.", nameof(delivery));
        var zone = info.ShippingZone;
        var list = ShippingRateTable.Price(zone, weightGrams);
        if (freeShippingThreshold is not { } threshold || zone == ShippingZone.Remote)
        {
            return new ShippingQuote(method, zone, weightGrams, list, list, false, null);
        }

        return goodsGross >= threshold
            ? new ShippingQuote(method, zone, weightGrams, list, Money.Zero, true, null)
            : new ShippingQuote(method, zone, weightGrams, list, list, false, (threshold - goodsGross).Round());
    }
}
