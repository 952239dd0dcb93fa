using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// The best <c>size</c> hits by score (when <c>byScore</c>) then name, then document, and the number of all hits.
/// A bounded heap of plain structs: no per-hit allocation, no doc-values read per comparison. Facets, when asked for,
/// are counted in the same call for each hit (a direct call, not one more virtual one through a multi-collector).
/// </summary>
internal sealed class RankedHitsCollector(int[] nameRanks, int size, bool byScore, LuceneFacetCollector? facets = null) : ICollector
{
    private readonly Hit[] _heap = new Hit[Math.Max(1, size)];
    private int _count;
    private int _docBase;
    private Scorer? _scorer;

    /// <summary>One hit: its document number in the whole index.</summary>
    public readonly record struct Hit(float Score, int Rank, int Doc);

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        facets?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        facets?.Collect(doc);
        var global = _docBase + doc;
        var score = _scorer?.GetScore() ?? 0f;
        if (byScore && _count == _heap.Length && score < _heap[0].Score)
        {
            // Scores below the last hit kept cannot enter: the name rank (a read far away in memory) is not needed.
            return;
        }

        var hit = new Hit(score, nameRanks[global], global);
        if (_count < _heap.Length)
        {
            _heap[_count] = hit;
            Up(_count++);
        }
        else if (After(_heap[0], hit))
        {
            _heap[0] = hit;
            Down(0);
        }
    }

    /// <summary>The hits from <paramref name="skip"/> on, best first.</summary>
    public IReadOnlyList<Hit> Page(int skip)
    {
        var all = _heap[.._count];
        Array.Sort(all, (a, b) => After(a, b) ? 1 : After(b, a) ? -1 : 0);
        return skip >= all.Length ? [] : all[skip..];
    }

    /// <summary>True when <paramref name="a"/> comes after <paramref name="b"/> in the results.</summary>
    private bool After(in Hit a, in Hit b)
    {
        if (byScore && a.Score != b.Score)
        {
            return a.Score < b.Score;
        }

        return a.Rank != b.Rank ? a.Rank > b.Rank : a.Doc > b.Doc;
    }

    // The heap's root is the hit that comes last, the first to give way to a better one.
    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!After(_heap[i], _heap[parent]))
            {
                return;
            }

            (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= _count)
            {
                return;
            }

            var last = left + 1 < _count && After(_heap[left + 1], _heap[left]) ? left + 1 : left;
            if (!After(_heap[last], _heap[i]))
            {
                return;
            }

            (_heap[i], _heap[last]) = (_heap[last], _heap[i]);
            i = last;
        }
    }
}
