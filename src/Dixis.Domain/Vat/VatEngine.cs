using Dixis.Domain.Greek;

namespace Dixis.Domain.Vat;

/// <summary>Decides the Greek VAT rate of a sale, applying the island reduced-rate rule of article 21 ΚΦΠΑ.</summary>
public static class VatEngine
{
    /// <summary>
    /// Reduced island rate when (a) the goods are on a qualifying island and the seller is established on a
    /// qualifying island, for any buyer ("island-seller"); or (b) the goods come from elsewhere and the buyer is a
    /// business on a qualifying island ("island-business-buyer"). Otherwise the normal rate: "standard", or
    /// "consumer-delivery-to-island-not-reduced" when a consumer on a qualifying island buys from elsewhere.
    /// </summary>
    public static VatDecision Determine(VatQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);

        // (a) The law speaks of goods located on "these islands" sold by persons established on "these islands",
        // i.e. the qualifying islands as a set, so a Lesvos producer with stock on Chios qualifies too (in practice
        // the stock site is a branch on that island). The stock's island is reported, since that is where the
        // supply takes place.
        var stockIsland = QualifyingIsland(q.StockPostalCode, q.Date);
        var sellerIsland = QualifyingIsland(q.SellerPostalCode, q.Date);
        if (stockIsland is not null && sellerIsland is not null)
        {
            return Decide(q.RateClass, true, VatRules.IslandSeller, stockIsland);
        }

        // (b) Goods shipped from anywhere else: only a business established on the island gets the reduced rate.
        var deliveryIsland = QualifyingIsland(q.DeliveryPostalCode, q.Date);
        if (deliveryIsland is not null)
        {
            return q.BuyerType == BuyerType.Business
                ? Decide(q.RateClass, true, VatRules.IslandBusinessBuyer, deliveryIsland)
                : Decide(q.RateClass, false, VatRules.ConsumerDeliveryToIslandNotReduced, deliveryIsland);
        }

        return Decide(q.RateClass, false, VatRules.Standard, null);
    }

    // Only an explicit island (never a guess from a shared prefix) can qualify, so unknown codes get the normal
    // rate: over-charging VAT is correctable with a credit note, under-charging is a tax debt.
    private static string? QualifyingIsland(PostalCode code, DateOnly date)
    {
        var key = PostalCodeDirectory.Lookup(code)?.IslandKey;
        return key is not null && IslandReducedRateTable.Qualifies(key, date) ? key : null;
    }

    private static VatDecision Decide(VatRateClass rateClass, bool islandReduced, string rule, string? island)
    {
        var (percent, category) = VatRates.For(rateClass, islandReduced);
        return new VatDecision(percent / 100m, percent, category, islandReduced, rule, island);
    }
}
