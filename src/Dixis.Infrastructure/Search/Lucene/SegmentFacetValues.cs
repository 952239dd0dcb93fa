using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// One segment's facet ordinals and prices as plain arrays, read once per segment and kept while the segment
/// lives (keyed by its core, which outlives deletes and reopens). Only numbers are kept: doc-values instances belong
/// to the reader and thread that opened them. Counting facets over thousands of hits is then
/// an array lookup per hit instead of a doc-values decode; about 28 bytes per product, plus each segment's distinct values.
/// </summary>
internal sealed class SegmentFacetValues
{
    private static readonly ConditionalWeakTable<object, SegmentFacetValues> BySegment = [];

    private SegmentFacetValues(AtomicReader reader, IReadOnlyList<string> facets, IReadOnlyList<string> fields, string priceField)
    {
        var docs = reader.MaxDoc;
        Ordinals = new int[fields.Count][];
        Labels = new string[fields.Count][];
        Values = new FacetValue[fields.Count][];
        var bytes = new BytesRef();
        for (var f = 0; f < fields.Count; f++)
        {
            var values = reader.GetSortedDocValues(fields[f]);
            var ords = new int[values is null ? 0 : docs];
            for (var d = 0; d < ords.Length; d++)
            {
                ords[d] = values!.GetOrd(d);
            }

            Ordinals[f] = ords;
            var labels = new string[values?.ValueCount ?? 0];
            for (var ord = 0; ord < labels.Length; ord++)
            {
                values!.LookupOrd(ord, bytes);
                labels[ord] = bytes.Utf8ToString();
            }

            Labels[f] = labels;
            Values[f] = labels.Select(key => SearchFacetValues.Make(facets[f], key, 0)).ToArray();
        }

        var price = reader.GetNumericDocValues(priceField);
        Prices = new long[price is null ? 0 : docs];
        for (var d = 0; d < Prices.Length; d++)
        {
            Prices[d] = price!.Get(d);
        }
    }

    /// <summary>Per field, the ordinal of each document (-1 for none); empty when the segment lacks the field.</summary>
    public int[][] Ordinals { get; }

    /// <summary>
    /// Per field, the value of each ordinal. Looking an ordinal up in the doc values decodes a compressed block each
    /// time; with 500 producers that was most of what facets cost a query.
    /// </summary>
    public string[][] Labels { get; }

    /// <summary>
    /// Per field, each ordinal as a facet value (value and label split once here, not for every query), count 0.
    /// </summary>
    public FacetValue[][] Values { get; }

    /// <summary>Price in cents of each document; empty when the segment lacks prices.</summary>
    public long[] Prices { get; }

    /// <param name="reader">The segment.</param>
    /// <param name="facets">Facet names (<see cref="SearchFacets"/>), one per field.</param>
    /// <param name="fields">The facets' doc-values fields.</param>
    /// <param name="priceField">The price field.</param>
    public static SegmentFacetValues For(AtomicReader reader, IReadOnlyList<string> facets, IReadOnlyList<string> fields, string priceField) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacetValues(reader, facets, fields, priceField));
}
