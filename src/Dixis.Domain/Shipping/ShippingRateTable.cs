using Dixis.Domain.Greek;
using Dixis.Domain.Pricing;

namespace Dixis.Domain.Shipping;

/// <summary>
/// Courier prices (VAT included, as the buyer pays them) by zone and weight tier. One table for every producer:
/// producers choose only their free-shipping threshold. Prices are Dixis's own list, set to cover the typical
/// Greek courier tariffs of 2026 (ACS, ELTA Courier, Geniki) with island surcharges.
/// </summary>
public static class ShippingRateTable
{
    /// <summary>Upper bounds of the weight tiers in grams; above the last tier each started kilogram adds <see cref="ExtraPerKg"/>.</summary>
    public static IReadOnlyList<int> TierLimitsGrams { get; } = [2_000, 5_000, 10_000, 20_000];

    private static readonly Dictionary<ShippingZone, decimal[]> Prices = new()
    {
        [ShippingZone.Attica] = [3.50m, 4.50m, 6.00m, 9.00m],
        [ShippingZone.Thessaloniki] = [3.90m, 4.90m, 6.50m, 9.50m],
        [ShippingZone.Mainland] = [4.50m, 5.50m, 7.50m, 11.00m],
        [ShippingZone.Crete] = [5.50m, 6.50m, 9.00m, 13.50m],
        [ShippingZone.LargeIsland] = [5.90m, 7.50m, 10.00m, 15.00m],
        [ShippingZone.SmallIsland] = [6.90m, 8.50m, 11.50m, 17.00m],
        [ShippingZone.Remote] = [9.90m, 12.00m, 16.00m, 24.00m],
    };

    private static readonly Dictionary<ShippingZone, decimal> ExtraPerKgByZone = new()
    {
        [ShippingZone.Attica] = 0.40m,
        [ShippingZone.Thessaloniki] = 0.40m,
        [ShippingZone.Mainland] = 0.50m,
        [ShippingZone.Crete] = 0.70m,
        [ShippingZone.LargeIsland] = 0.80m,
        [ShippingZone.SmallIsland] = 0.90m,
        [ShippingZone.Remote] = 1.20m,
    };

    /// <summary>Price of one extra started kilogram above the last tier, per zone.</summary>
    public static Money ExtraPerKg(ShippingZone zone) => new(ExtraPerKgByZone[zone]);

    /// <summary>Courier price for a parcel of <paramref name="weightGrams"/> to <paramref name="zone"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative weight.</exception>
    public static Money Price(ShippingZone zone, int weightGrams)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weightGrams);
        var prices = Prices[zone];
        for (var i = 0; i < TierLimitsGrams.Count; i++)
        {
            if (weightGrams <= TierLimitsGrams[i])
            {
                return new Money(prices[i]);
            }
        }

        var extraKg = (int)Math.Ceiling((weightGrams - TierLimitsGrams[^1]) / 1000m);
        return new Money(prices[^1] + (extraKg * ExtraPerKgByZone[zone]));
    }
}
