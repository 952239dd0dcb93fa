namespace Dixis.Domain.Vat;

/// <summary>Stable codes for <see cref="VatDecision.Rule"/>; shown in invoices' audit trail and in API answers.</summary>
public static class VatRules
{
    /// <summary>Goods on a qualifying island sold by a seller established on a qualifying island: reduced for any buyer.</summary>
    public const string IslandSeller = "island-seller";

    /// <summary>Goods shipped from elsewhere to a business established on a qualifying island: reduced.</summary>
    public const string IslandBusinessBuyer = "island-business-buyer";

    /// <summary>A consumer on a qualifying island buying goods shipped from elsewhere: normal rate, by law.</summary>
    public const string ConsumerDeliveryToIslandNotReduced = "consumer-delivery-to-island-not-reduced";

    /// <summary>No island rule applies: normal rate.</summary>
    public const string Standard = "standard";
}
