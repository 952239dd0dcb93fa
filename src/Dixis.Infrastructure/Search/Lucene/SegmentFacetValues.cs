using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// One segment's facet values as plain arrays, read once per segment and kept while the segment lives (keyed by its
/// core, which outlives deletes and reopens). Only numbers and strings are kept: doc-values instances belong to the
/// reader and thread that opened them.
/// Each document is one row of <see cref="Stride"/> numbers next to each other: per facet field its value's ordinal
/// plus one (0 for none), then its price range plus one (0 for none). Counting facets over thousands of hits is then
/// one read of adjacent memory per hit and an increment per facet, with no doc-values decode, no price comparisons
/// and no cache miss per field: about 24 bytes per product, plus each segment's distinct values.
/// </summary>
internal sealed class SegmentFacetValues
{
    private static readonly ConditionalWeakTable<object, SegmentFacetValues> BySegment = [];

    private SegmentFacetValues(AtomicReader reader, IReadOnlyList<string> facets, IReadOnlyList<string> fields, string priceField)
    {
        var docs = reader.MaxDoc;
        Stride = fields.Count + 1;
        Rows = new int[docs * Stride];
        Labels = new string[fields.Count][];
        Values = new FacetValue[fields.Count][];
        var bytes = new BytesRef();
        for (var f = 0; f < fields.Count; f++)
        {
            var values = reader.GetSortedDocValues(fields[f]);
            if (values is not null)
            {
                for (var d = 0; d < docs; d++)
                {
                    Rows[(d * Stride) + f] = values.GetOrd(d) + 1;
                }
            }

            var labels = new string[values?.ValueCount ?? 0];
            for (var ord = 0; ord < labels.Length; ord++)
            {
                values!.LookupOrd(ord, bytes);
                labels[ord] = bytes.Utf8ToString();
            }

            Labels[f] = labels;
            Values[f] = labels.Select(key => SearchFacetValues.Make(facets[f], key, 0)).ToArray();
        }

        if (reader.GetNumericDocValues(priceField) is { } price)
        {
            for (var d = 0; d < docs; d++)
            {
                Rows[(d * Stride) + fields.Count] = PriceRange(price.Get(d)) + 1;
            }
        }

        // Counts of a query laid out like a row: per field its values (and "none" first), then the price ranges.
        Offsets = new int[Stride];
        for (var f = 1; f < Stride; f++)
        {
            Offsets[f] = Offsets[f - 1] + Labels[f - 1].Length + 1;
        }

        CountsLength = Offsets[^1] + SearchFacets.PriceRanges.Count + 1;
    }

    /// <summary>Numbers per document in <see cref="Rows"/>: one per facet field, then the price range.</summary>
    public int Stride { get; }

    /// <summary>Document <c>d</c>'s row starts at <c>d * Stride</c>: ordinal + 1 per facet field, then price range + 1; 0 for none.</summary>
    public int[] Rows { get; }

    /// <summary>
    /// Where each row position's counts start in an array of <see cref="CountsLength"/> counts: a row's number added
    /// to its position's offset is the count to increase.
    /// </summary>
    public int[] Offsets { get; }

    /// <summary>Length of the counts array a query fills for this segment.</summary>
    public int CountsLength { get; }

    /// <summary>
    /// Per field, the raw key of each ordinal. Looking an ordinal up in the doc values decodes a compressed block each
    /// time; with 500 producers that was most of what facets cost a query.
    /// </summary>
    public string[][] Labels { get; }

    /// <summary>
    /// Per field, each ordinal as a facet value (value and label split once here, not for every query), count 0.
    /// </summary>
    public FacetValue[][] Values { get; }

    /// <param name="reader">The segment.</param>
    /// <param name="facets">Facet names (<see cref="SearchFacets"/>), one per field.</param>
    /// <param name="fields">The facets' doc-values fields.</param>
    /// <param name="priceField">The price field, counted in <see cref="SearchFacets.PriceRanges"/>.</param>
    public static SegmentFacetValues For(AtomicReader reader, IReadOnlyList<string> facets, IReadOnlyList<string> fields, string priceField) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacetValues(reader, facets, fields, priceField));

    /// <summary>The price range (index in <see cref="SearchFacets.PriceRanges"/>) of a price in cents, or -1.</summary>
    private static int PriceRange(long cents)
    {
        for (var r = 0; r < SearchFacets.PriceRanges.Count; r++)
        {
            var (_, from, to) = SearchFacets.PriceRanges[r];
            if (cents >= from && (to is null || cents < to))
            {
                return r;
            }
        }

        return -1;
    }
}
