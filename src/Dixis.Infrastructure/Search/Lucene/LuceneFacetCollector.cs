using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>Counts facet values over every matching document from doc values (no second pass, no stored fields).</summary>
internal sealed class LuceneFacetCollector : ICollector
{
    private static readonly string[] Fields = [SearchFacets.Category, SearchFacets.Producer, SearchFacets.Region, SearchFacets.QualityLabel, SearchFacets.Organic];
    private static readonly string[] FacetFields = Fields.Select(LuceneProductSearch.Facet).ToArray();

    private readonly Dictionary<string, Dictionary<string, long>> _counts = Fields.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal));
    private readonly long[] _priceCounts = new long[SearchFacets.PriceRanges.Count];
    private readonly SortedDocValues?[] _values = new SortedDocValues?[Fields.Length];
    private int[][] _ordCounts = new int[Fields.Length][];
    private SegmentFacetValues? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacetValues.For(context.AtomicReader, FacetFields, SearchFields.PriceCents);
        for (var i = 0; i < Fields.Length; i++)
        {
            _values[i] = context.AtomicReader.GetSortedDocValues(FacetFields[i]);
            _ordCounts[i] = new int[_values[i]?.ValueCount ?? 0];
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
                _ordCounts[i][ord]++;
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
        var bytes = new BytesRef();
        for (var i = 0; i < Fields.Length; i++)
        {
            var values = _values[i];
            var counts = _ordCounts[i];
            if (values is null || counts is null)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                _counts[Fields[i]][key] = _counts[Fields[i]].GetValueOrDefault(key) + counts[ord];
            }

            _values[i] = null;
        }

        _ordCounts = new int[Fields.Length][];
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            result[field] = SearchFacetValues.Order(_counts[field].Select(kv => SearchFacetValues.Make(field, kv.Key, kv.Value)));
        }

        result[SearchFacets.Price] = SearchFacets.PriceRanges.Select((r, i) => new FacetValue(r.Key, SearchFacetValues.PriceLabel(r.From, r.To), _priceCounts[i]))
            .Where(v => v.Count > 0).ToList();
        return result;
    }
}
