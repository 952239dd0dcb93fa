using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// The ways one word matches, scored as their best (a <see cref="DisjunctionMaxQuery"/> without tie breaker), with the
/// same scores; only the walk differs. Lucene merges the ways' document lists through a heap, a few comparisons and
/// virtual calls per posting; a broad word («ελιές»: 8,500 products, six or seven ways each) spent most of its time
/// there. When this word leads the search (the rarest word of the query, or the only one), each way's list is read
/// straight through into a bit set and a score per document, and the search walks the bit set. When another word leads
/// and this one is only asked to skip ahead to that word's matches, Lucene's own scorer serves (skipping is what it
/// does well) until the skips so far show that skipping to the end would cost more than reading this word's
/// postings once.
/// </summary>
internal sealed class WordMatchQuery() : DisjunctionMaxQuery(0f)
{
    public override Weight CreateWeight(IndexSearcher searcher) =>
        new WordMatchWeight(searcher is NameRankedSearcher ranked ? WithKnownTerms(ranked) : this, searcher);

    /// <summary>This word with its term ways looked up through the searcher's remembered term states.</summary>
    private WordMatchQuery WithKnownTerms(NameRankedSearcher searcher)
    {
        var copy = new WordMatchQuery { Boost = Boost };
        foreach (var way in Disjuncts)
        {
            copy.Add(way is TermQuery term ? new TermQuery(term.Term, searcher.TermStates(term.Term)) { Boost = term.Boost } : way);
        }

        return copy;
    }

    private sealed class WordMatchWeight(DisjunctionMaxQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var ways = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    ways.Add(scorer);
                }
            }

            // One way: its score is the best score. None: the word is not in this segment.
            return ways.Count switch
            {
                0 => null,
                1 => ways[0],
                _ => new WordMatchScorer(this, ways, () => base.GetScorer(context, acceptDocs), context.AtomicReader.MaxDoc),
            };
        }
    }

    // A skip through Lucene's scorer (every way of the word skips ahead) costs about as much as reading this many
    // postings straight through; measured on the benchmark's two- and three-word queries.
    private const int PostingsPerSkip = 32;

    // Skips taken before the total is estimated from them.
    private const int SkipsBeforeEstimate = 16;

    private sealed class WordMatchScorer(Weight weight, List<Scorer> ways, Func<Scorer> lucenes, int maxDoc) : Scorer(weight)
    {
        private readonly long _cost = ways.Sum(w => w.GetCost());
        private Scorer? _skipping;
        private FixedBitSet? _matches;
        private float[]? _scores;
        private int _doc = -1;
        private long _skips;

        public override int DocID => _skipping?.DocID ?? _doc;

        public override int Freq => _skipping?.Freq ?? 1;

        public override long GetCost() => _cost;

        public override float GetScore() => _skipping?.GetScore() ?? _scores![_doc];

        public override int NextDoc()
        {
            if (_skipping is not null)
            {
                return _skipping.NextDoc();
            }

            if (_matches is null)
            {
                ReadAll();
            }

            return MoveTo(_doc + 1);
        }

        public override int Advance(int target)
        {
            if (_matches is null)
            {
                // Skipping pays while the leading word is much rarer than this one. How many skips the whole walk
                // will take is estimated from how far into the segment the skips so far have gone; when they would
                // cost more than reading this word's postings once, read them all and walk the bit set instead.
                if (++_skips < SkipsBeforeEstimate || (_skips * maxDoc / (target + 1L) * PostingsPerSkip) <= _cost)
                {
                    _skipping ??= lucenes();
                    return _skipping.Advance(target);
                }

                _skipping = null;
                ReadAll();
            }

            return MoveTo(target);
        }

        private void ReadAll()
        {
            _matches = new FixedBitSet(maxDoc);
            _scores = ArrayPool<float>.Shared.Rent(maxDoc);
            foreach (var way in ways)
            {
                for (var doc = way.NextDoc(); doc != NO_MORE_DOCS; doc = way.NextDoc())
                {
                    var score = way.GetScore();
                    if (!_matches.GetAndSet(doc) || score > _scores[doc])
                    {
                        _scores[doc] = score;
                    }
                }
            }
        }

        private int MoveTo(int target)
        {
            if (_doc == NO_MORE_DOCS)
            {
                return _doc;
            }

            var next = target < maxDoc ? _matches!.NextSetBit(target) : -1;
            if (next < 0)
            {
                _doc = NO_MORE_DOCS;
                // The walk is over: the score array goes back to the pool (a search that stops early leaves it to the GC).
                if (_scores is not null)
                {
                    ArrayPool<float>.Shared.Return(_scores);
                    _scores = null;
                }
            }
            else
            {
                _doc = next;
            }

            return _doc;
        }
    }
}
