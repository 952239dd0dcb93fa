using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// Counts facet values over every matching document from the segment's packed facet rows (<see cref="SegmentFacetValues"/>):
/// no second pass, no stored fields. Called by <see cref="RankedHitsCollector"/> directly for each hit it collects, or
/// as a collector of its own beside a field sort.
/// </summary>
internal sealed class LuceneFacetCollector : ICollector
{
    private static readonly string[] Fields = [SearchFacets.Category, SearchFacets.Producer, SearchFacets.Region, SearchFacets.QualityLabel, SearchFacets.Organic];
    private static readonly string[] FacetFields = Fields.Select(LuceneProductSearch.Facet).ToArray();

    // Each segment seen, with its counts: one flat array, per field its values' counts from Offsets[f] (index 0 of
    // each run counts documents without a value), then the price ranges'.
    private readonly List<(SegmentFacetValues Segment, int[] Counts)> _segments = [];
    private int[] _counts = [];
    private ulong[] _rows = [];
    private int[] _offsets = [];
    private bool _oneWord;
    private int[] _shifts = [];
    private ulong[] _masks = [];
    private SegmentFacetValues? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var segment = SegmentFacetValues.For(context.AtomicReader, Fields, FacetFields, SearchFields.PriceCents);
        _counts = new int[segment.CountsLength];
        _segments.Add((segment, _counts));
        _rows = segment.Rows;
        _offsets = segment.Offsets;
        _oneWord = segment.Layout.Words == 1;
        _shifts = segment.Layout.Shift;
        _masks = segment.Layout.Mask;
        _segment = segment;
    }

    public void Collect(int doc)
    {
        var counts = _counts;
        var offsets = _offsets;
        if (_oneWord)
        {
            // The usual row: one word, read once.
            var row = _rows[doc];
            var shifts = _shifts;
            var masks = _masks;
            for (var i = 0; i < offsets.Length; i++)
            {
                counts[offsets[i] + (int)((row >> shifts[i]) & masks[i])]++;
            }

            return;
        }

        for (var i = 0; i < offsets.Length; i++)
        {
            counts[offsets[i] + _segment!.Layout.Get(_rows, doc, i)]++;
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var f = 0; f < Fields.Length; f++)
        {
            result[Fields[f]] = _segments.Count == 1 ? Top(_segments[0].Segment, _segments[0].Counts, f) : Merged(f);
        }

        var prices = new long[SearchFacets.PriceRanges.Count];
        foreach (var (segment, counts) in _segments)
        {
            for (var r = 0; r < prices.Length; r++)
            {
                prices[r] += counts[segment.Offsets[Fields.Length] + r + 1];
            }
        }

        result[SearchFacets.Price] = prices.Select((count, range) => SearchFacetValues.Price(range, count)).Where(v => v.Count > 0).ToList();
        return result;
    }

    /// <summary>
    /// One segment (the usual case: the index is merged into one after a rebuild): the most common values straight
    /// from its counts, in <see cref="SearchFacetValues.Order"/>'s order. Each value seen is one number, its count
    /// and label rank side by side, so ordering hundreds of producers is a sort of plain numbers, not of objects
    /// through a comparison delegate (which was a twentieth of a search).
    /// </summary>
    private static List<FacetValue> Top(SegmentFacetValues segment, int[] counts, int field)
    {
        var values = segment.Values[field];
        var ranks = segment.LabelRank[field];
        var from = segment.Offsets[field] + 1;
        var keys = new long[values.Length];
        var seen = 0;
        for (var ord = 0; ord < values.Length; ord++)
        {
            if (counts[from + ord] > 0)
            {
                // Most products first, then by label: (int.MaxValue - count, label rank) as one number.
                keys[seen++] = ((long)(int.MaxValue - counts[from + ord]) << 32) | (uint)ranks[ord];
            }
        }

        Array.Sort(keys, 0, seen);
        var take = Math.Min(seen, SearchFacets.MaxValues);
        var top = new List<FacetValue>(take);
        for (var i = 0; i < take; i++)
        {
            var ord = segment.LabelOrder[field][(int)(keys[i] & uint.MaxValue)];
            top.Add(values[ord] with { Count = counts[from + ord] });
        }

        return top;
    }

    /// <summary>Several segments: counts added up by the value's key (ordinals are per segment), then ordered.</summary>
    private List<FacetValue> Merged(int field)
    {
        var totals = new Dictionary<string, (FacetValue Value, long Count)>(StringComparer.Ordinal);
        foreach (var (segment, counts) in _segments)
        {
            var from = segment.Offsets[field] + 1;
            var keys = segment.Labels[field];
            for (var ord = 0; ord < keys.Length; ord++)
            {
                if (counts[from + ord] != 0)
                {
                    totals[keys[ord]] = totals.TryGetValue(keys[ord], out var seen)
                        ? (seen.Value, seen.Count + counts[from + ord])
                        : (segment.Values[field][ord], counts[from + ord]);
                }
            }
        }

        return SearchFacetValues.Order(totals.Values.Select(v => v.Value with { Count = v.Count }));
    }
}
