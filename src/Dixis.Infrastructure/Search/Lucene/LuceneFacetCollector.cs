using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>Counts facet values over every matching document from doc values (no second pass, no stored fields).</summary>
internal sealed class LuceneFacetCollector : ICollector
{
    private static readonly string[] Fields = [SearchFacets.Category, SearchFacets.Producer, SearchFacets.Region, SearchFacets.QualityLabel, SearchFacets.Organic];
    private static readonly string[] FacetFields = Fields.Select(LuceneProductSearch.Facet).ToArray();

    // Per facet, by the value's key in the index: the value (labels split once per segment) and its count so far.
    private readonly Dictionary<string, (FacetValue Value, long Count)>[] _counts = Fields.Select(_ => new Dictionary<string, (FacetValue, long)>(StringComparer.Ordinal)).ToArray();
    private readonly long[] _priceCounts = new long[SearchFacets.PriceRanges.Count];
    private int[]?[] _ordCounts = new int[Fields.Length][];
    private SegmentFacetValues? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacetValues.For(context.AtomicReader, Fields, FacetFields, SearchFields.PriceCents);
        for (var i = 0; i < Fields.Length; i++)
        {
            _ordCounts[i] = new int[_segment.Labels[i].Length];
        }
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        for (var i = 0; i < Fields.Length; i++)
        {
            var ords = segment.Ordinals[i];
            var ord = ords.Length > 0 ? ords[doc] : -1;
            if (ord >= 0)
            {
                _ordCounts[i]![ord]++;
            }
        }

        if (segment.Prices.Length > 0)
        {
            var cents = segment.Prices[doc];
            for (var r = 0; r < SearchFacets.PriceRanges.Count; r++)
            {
                var (_, from, to) = SearchFacets.PriceRanges[r];
                if (cents >= from && (to is null || cents < to))
                {
                    _priceCounts[r]++;
                    break;
                }
            }
        }
    }

    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }

        for (var i = 0; i < Fields.Length; i++)
        {
            var counts = _ordCounts[i]!;
            var labels = _segment.Labels[i];
            var values = _segment.Values[i];
            var totals = _counts[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] != 0)
                {
                    var key = labels[ord];
                    totals[key] = totals.TryGetValue(key, out var seen) ? (seen.Value, seen.Count + counts[ord]) : (values[ord], counts[ord]);
                }
            }
        }

        _segment = null;
        _ordCounts = new int[Fields.Length][];
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var i = 0; i < Fields.Length; i++)
        {
            result[Fields[i]] = SearchFacetValues.Order(_counts[i].Values.Select(v => v.Value with { Count = v.Count }));
        }

        result[SearchFacets.Price] = SearchFacets.PriceRanges.Select((r, i) => new FacetValue(r.Key, SearchFacetValues.PriceLabel(r.From, r.To), _priceCounts[i]))
            .Where(v => v.Count > 0).ToList();
        return result;
    }
}
