using System.Globalization;

namespace Dixis.Infrastructure.Search;

/// <summary>Turns raw facet keys of either engine into values with labels, in one order.</summary>
public static class SearchFacetValues
{
    /// <summary>Separates slug and label in category and producer facet keys.</summary>
    public const char Separator = '\u001f';

    public static FacetValue Make(string facet, string key, long count)
    {
        var cut = key.IndexOf(Separator, StringComparison.Ordinal);
        return cut < 0 ? new FacetValue(key, Label(facet, key), count) : new FacetValue(key[..cut], key[(cut + 1)..], count);
    }

    /// <summary>Most products first, then by label; the first <see cref="SearchFacets.MaxValues"/>.</summary>
    public static List<FacetValue> Order(IEnumerable<FacetValue> values) =>
        values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).Take(SearchFacets.MaxValues).ToList();

    /// <summary>The price range at <paramref name="range"/> in <see cref="SearchFacets.PriceRanges"/> as a facet value.</summary>
    public static FacetValue Price(int range, long count) => new(SearchFacets.PriceRanges[range].Key, PriceLabels[range], count);

    // Formatted once: every search with facets shows them.
    private static readonly string[] PriceLabels = SearchFacets.PriceRanges.Select(r => PriceLabel(r.From, r.To)).ToArray();

    private static string PriceLabel(long from, long? to) => to is null
        ? $"{Euros(from)} € +"
        : $"{Euros(from)}–{Euros(to.Value)} €";

    private static string Label(string facet, string key) => facet switch
    {
        SearchFacets.QualityLabel => key switch { "Pdo" => "ΠΟΠ", "Pgi" => "ΠΓΕ", "Tsg" => "ΕΠΙΠ", _ => "Χωρίς σήμανση" },
        SearchFacets.Organic => key == "true" ? "Βιολογικό" : "Συμβατικό",
        _ => key,
    };

    private static string Euros(long cents) => (cents / 100m).ToString("0.##", CultureInfo.GetCultureInfo("el-GR"));
}
