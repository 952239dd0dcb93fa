namespace Dixis.Domain.Greek;

/// <summary>An island and the explicit five-digit postal codes that identify it.</summary>
/// <param name="Key">Stable ASCII key, e.g. "lesvos"; used by the VAT island table.</param>
/// <param name="Name">Greek name, e.g. "Λέσβος".</param>
/// <param name="Prefecture">Prefecture in the Greek genitive, e.g. "Λέσβου".</param>
/// <param name="Region">Administrative region in Greek, e.g. "Βόρειο Αιγαίο".</param>
/// <param name="Zone">Courier pricing zone for every code of the island.</param>
/// <param name="PostalCodes">Five-digit codes (no space) that belong to this island and no other.</param>
public sealed record IslandPostalCodes(
    string Key,
    string Name,
    string Prefecture,
    string Region,
    ShippingZone Zone,
    IReadOnlyList<string> PostalCodes);
