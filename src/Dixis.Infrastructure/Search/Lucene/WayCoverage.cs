using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// Whether one term way of a word makes another useless in a segment: every document of the second has the first too,
/// and scores higher by it, so the best of the word's ways (what the word scores) never comes from the second and the
/// documents it finds are found anyway. A word's ways repeat each other a lot: «μέλι» is looked for in the name, its
/// skeleton and its Latin form, which hold the same products, so half the postings a broad word read added nothing.
/// <para>
/// What is remembered per segment and pair of terms is the largest ratio, over the covered way's documents, of its
/// document-dependent score part to the covering way's (<see cref="TermWay.Raw"/>), or infinity when some document
/// lacks the covering term. That depends only on the segment, so it is kept while the segment lives (by its core, as
/// norms are) and holds for every query; whether the covering way wins then depends on the two ways' weights (idf² ×
/// boost) in the query at hand. A margin keeps float rounding from ever deciding it: scores stay identical to the bit.
/// </para>
/// </summary>
internal static class WayCoverage
{
    // The covering way must win by this factor: well above the float rounding of a score (a few parts in 10⁷).
    private const double Margin = 1 + 1e-4;

    // Bound on remembered pairs per segment (a few dozen bytes each); past it the memory starts again empty.
    private const int MaxPairs = 50_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(Term Covering, Term Covered), double>> BySegment = [];

    /// <summary>The remembered ratios of one segment; look them up with <see cref="Covers"/>.</summary>
    public static ConcurrentDictionary<(Term Covering, Term Covered), double> Of(AtomicReaderContext context) =>
        BySegment.GetValue(context.AtomicReader.CoreCacheKey, _ => new());

    /// <summary>
    /// True when, in this segment, <paramref name="covered"/> can be left out of its word: <paramref name="covering"/>
    /// has all its documents and scores each of them higher.
    /// </summary>
    public static bool Covers(ConcurrentDictionary<(Term Covering, Term Covered), double> segment, AtomicReaderContext context, TermWay covering, TermWay covered)
    {
        if (!segment.TryGetValue((covering.Term, covered.Term), out var ratio))
        {
            if (segment.Count >= MaxPairs)
            {
                segment.Clear();
            }

            ratio = Ratio(context, covering, covered);
            segment[(covering.Term, covered.Term)] = ratio;
        }

        return covering.Weight >= covered.Weight * ratio * Margin;
    }

    /// <summary>The largest covered/covering ratio of document-dependent score parts, or infinity if not a subset.</summary>
    internal static double Ratio(AtomicReaderContext context, TermWay covering, TermWay covered)
    {
        // Deleted documents included: the answer then holds whatever is deleted later.
        if (covered.Docs(context, null) is not { } docs)
        {
            return 0;
        }

        if (covering.Docs(context, null) is not { } over)
        {
            return double.PositiveInfinity;
        }

        var reader = context.AtomicReader;
        var coveredNorms = SegmentNorms.For(reader, covered.Term.Field);
        var coveringNorms = SegmentNorms.For(reader, covering.Term.Field);
        var worst = 0.0;
        var at = over.NextDoc();
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            if (at < doc)
            {
                at = over.Advance(doc);
            }

            var below = at == doc ? covering.Raw(over.Freq, coveringNorms, doc) : 0f;
            if (below <= 0)
            {
                return double.PositiveInfinity;
            }

            worst = Math.Max(worst, covered.Raw(docs.Freq, coveredNorms, doc) / (double)below);
        }

        return worst;
    }
}
