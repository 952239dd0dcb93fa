using System.Collections.Frozen;

namespace Dixis.Domain.Greek;

/// <summary>Looks up region, prefecture, island and shipping zone of a Greek postal code. Pure static data.</summary>
/// <remarks>
/// Order of trust: an explicit five-digit island code first, then the two-digit prefix table. Only explicit codes,
/// or prefixes that are a single island (Corfu, Crete...), name an island; the VAT rule depends on that.
/// </remarks>
public static class PostalCodeDirectory
{
    private static readonly FrozenDictionary<string, IslandPostalCodes> ByCode = IndexByCode(IslandTable.All);

    private static readonly FrozenDictionary<string, IslandPostalCodes> ByKey =
        IslandTable.All.ToFrozenDictionary(i => i.Key, StringComparer.Ordinal);

    /// <summary>Every island Dixis knows by explicit postal codes.</summary>
    public static IReadOnlyList<IslandPostalCodes> Islands => IslandTable.All;

    /// <summary>The island with this key (e.g. "lesvos"), or null.</summary>
    public static IslandPostalCodes? FindIsland(string islandKey) => ByKey.GetValueOrDefault(islandKey);

    /// <summary>
    /// Information about a Greek postal code, or null when the code is not Greek (prefix below 10 or above 85)
    /// or falls in a prefix ELTA does not allocate (39, 75–79).
    /// </summary>
    public static PostalCodeInfo? Lookup(PostalCode code)
    {
        var area = PrefixAreas.Find(code.Prefix2);
        if (area is null)
        {
            return null;
        }

        if (ByCode.TryGetValue(code.Value, out var island))
        {
            // For whole-prefix islands (Crete) the prefix knows the finer prefecture (Χανίων vs Ηρακλείου).
            var prefecture = area.IslandKey == island.Key ? area.Prefecture : island.Prefecture;
            return new PostalCodeInfo(code, island.Region, prefecture, island.Name, island.Key, true, island.Zone);
        }

        if (area.IslandKey is not null && ByKey.TryGetValue(area.IslandKey, out var whole))
        {
            return new PostalCodeInfo(code, area.Region, area.Prefecture, whole.Name, whole.Key, true, area.Zone);
        }

        var zone = area.AllIsland && code.Prefix2 >= 81 ? PrefixAreas.SharedIslandZone(code.Prefix3) : area.Zone;
        return new PostalCodeInfo(code, area.Region, area.Prefecture, null, null, area.AllIsland, zone);
    }

    private static FrozenDictionary<string, IslandPostalCodes> IndexByCode(IReadOnlyList<IslandPostalCodes> islands)
    {
        var map = new Dictionary<string, IslandPostalCodes>(StringComparer.Ordinal);
        foreach (var island in islands)
        {
            foreach (var code in island.PostalCodes)
            {
                // A code under two islands would make the VAT decision depend on table order: fail loudly instead.
                if (!map.TryAdd(code, island))
                {
                    throw new InvalidOperationException($"Postal code {code} is listed under both {map[code].Key} and {island.Key}.");
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
