namespace Dixis.Domain.Greek;

/// <summary>Courier pricing zone of a delivery address, derived from its postal code.</summary>
public enum ShippingZone
{
    /// <summary>Attica on the mainland (postal prefixes 10–19, except its islands).</summary>
    Attica,

    /// <summary>Thessaloniki (prefixes 54–57).</summary>
    Thessaloniki,

    /// <summary>Any other mainland address, including islands joined to it by road (Evia, Lefkada).</summary>
    Mainland,

    /// <summary>Crete (prefixes 70–74), except Gavdos.</summary>
    Crete,

    /// <summary>Large islands with daily ferries or flights (Corfu, Rhodes, Lesvos, Chios, Samos, Kos, Kefalonia, Zakynthos).</summary>
    LargeIsland,

    /// <summary>Other islands.</summary>
    SmallIsland,

    /// <summary>Explicitly listed remote islands with infrequent connections (e.g. Gavdos, Agios Efstratios).</summary>
    Remote,
}
