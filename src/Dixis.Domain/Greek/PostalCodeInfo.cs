namespace Dixis.Domain.Greek;

/// <summary>What Dixis knows about a Greek postal code.</summary>
/// <param name="PostalCode">The code looked up.</param>
/// <param name="Region">Administrative region (περιφέρεια) in Greek, e.g. "Βόρειο Αιγαίο".</param>
/// <param name="Prefecture">Prefecture (νομός, pre-2011 boundaries) in the Greek genitive, e.g. "Λέσβου".</param>
/// <param name="Island">Island name in Greek, e.g. "Λέσβος"; null on the mainland or when the island is not known.</param>
/// <param name="IslandKey">Stable ASCII key of the island, e.g. "lesvos"; null when <paramref name="Island"/> is null.</param>
/// <param name="IsIsland">True when the code is on an island, even if the exact island is unknown.</param>
/// <param name="ShippingZone">Courier pricing zone.</param>
public sealed record PostalCodeInfo(
    PostalCode PostalCode,
    string Region,
    string Prefecture,
    string? Island,
    string? IslandKey,
    bool IsIsland,
    ShippingZone ShippingZone);
