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
/// postings once. Reading through, each term way walks its own postings (<see cref="TermWay"/>), and the ways another
/// way of the word covers in the segment are not read at all (<see cref="WayCoverage"/>).
/// </summary>
internal sealed class WordMatchQuery() : DisjunctionMaxQuery(0f)
{
    public override Weight CreateWeight(IndexSearcher searcher)
    {
        // Each term way is looked up once here (through the searcher's remembered term states when it has them) and
        // the lookup handed to both walks: Lucene's term query for skipping, the term way for reading through.
        var copy = new WordMatchQuery { Boost = Boost };
        var terms = new TermWay?[Disjuncts.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            if (Disjuncts[i] is TermQuery term)
            {
                var states = searcher is NameRankedSearcher ranked ? ranked.TermStates(term.Term) : TermContext.Build(searcher.TopReaderContext, term.Term);
                copy.Add(new TermQuery(term.Term, states) { Boost = term.Boost });
                terms[i] = TermWay.For(term, states, searcher);
            }
            else
            {
                copy.Add(Disjuncts[i]);
            }
        }

        return new WordMatchWeight(copy, searcher, terms);
    }

    private sealed class WordMatchWeight(WordMatchQuery query, IndexSearcher searcher, TermWay?[] terms) : DisjunctionMaxWeight(query, searcher)
    {
        public override void Normalize(float norm, float topLevelBoost)
        {
            base.Normalize(norm, topLevelBoost);
            foreach (var term in terms)
            {
                // As the disjunction passes it to its term weights: with its own boost.
                term?.Normalize(norm, topLevelBoost * query.Boost);
            }
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var ways = new List<Way>(m_weights.Count);
            for (var i = 0; i < m_weights.Count; i++)
            {
                if (terms[i] is { } term)
                {
                    if (term.Cost(context) is var cost and > 0)
                    {
                        ways.Add(new Way(term, null, cost));
                    }
                }
                else if (m_weights[i].GetScorer(context, acceptDocs) is { } scorer)
                {
                    ways.Add(new Way(null, scorer, scorer.GetCost()));
                }
            }

            // None: the word is not in this segment.
            return ways.Count == 0
                ? null
                : new WordMatchScorer(this, ways, () => base.GetScorer(context, acceptDocs), context, acceptDocs);
        }
    }

    /// <summary>One way of the word in a segment: a term read straight through, or any other query's scorer.</summary>
    private readonly record struct Way(TermWay? Term, Scorer? Scorer, long Cost);

    // A skip through Lucene's scorer (every way of the word skips ahead) costs about as much as reading this many
    // postings straight through; measured on the benchmark's two- and three-word queries.
    private const int PostingsPerSkip = 32;

    // Skips taken before the total is estimated from them.
    private const int SkipsBeforeEstimate = 16;

    private sealed class WordMatchScorer(Weight weight, List<Way> ways, Func<Scorer> lucenes, AtomicReaderContext context, IBits? acceptDocs)
        : Scorer(weight)
    {
        private readonly int _maxDoc = context.AtomicReader.MaxDoc;
        private readonly long _cost = ways.Sum(w => w.Cost);
        private Scorer? _skipping;
        private FixedBitSet? _matches;
        private float[]? _scores;
        private long[]? _words;
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
                if (++_skips < SkipsBeforeEstimate || (_skips * _maxDoc / (target + 1L) * PostingsPerSkip) <= _cost)
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
            // Both arrays come from the pool: a broad word takes 12 KB of bits and 400 KB of scores per 100,000 products,
            // in every search it leads. The bits must start clear; a score is only read where its bit is set.
            var words = FixedBitSet.Bits2words(_maxDoc);
            _words = ArrayPool<long>.Shared.Rent(words);
            Array.Clear(_words, 0, words);
            _matches = new FixedBitSet(_words, _maxDoc);
            _scores = ArrayPool<float>.Shared.Rent(_maxDoc);
            var covered = CoveredWays();
            DocsEnum? reuse = null;
            for (var i = 0; i < ways.Count; i++)
            {
                var (term, scorer, _) = ways[i];
                if (term is not null)
                {
                    if ((covered & (1UL << i)) == 0)
                    {
                        term.ReadInto(context, acceptDocs, _matches, _scores, ref reuse);
                    }

                    continue;
                }

                for (var doc = scorer!.NextDoc(); doc != NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    var score = scorer.GetScore();
                    if (!_matches.GetAndSet(doc) || score > _scores[doc])
                    {
                        _scores[doc] = score;
                    }
                }
            }
        }

        /// <summary>The term ways another way of this word covers in this segment (<see cref="WayCoverage"/>), as bits.</summary>
        private ulong CoveredWays()
        {
            if (ways.Count > 64)
            {
                return 0;
            }

            var segment = WayCoverage.Of(context);
            var covered = 0UL;
            for (var i = 0; i < ways.Count; i++)
            {
                if (ways[i].Term is not { } term)
                {
                    continue;
                }

                for (var j = 0; j < ways.Count; j++)
                {
                    // A way with fewer documents cannot hold all of another's. Covering never goes both ways (the
                    // margin is strict), and a covering way that is covered itself is covered by one that covers both.
                    if (j != i && ways[j].Term is { } by && ways[j].Cost >= ways[i].Cost && WayCoverage.Covers(segment, context, by, term))
                    {
                        covered |= 1UL << i;
                        break;
                    }
                }
            }

            return covered;
        }

        private int MoveTo(int target)
        {
            if (_doc == NO_MORE_DOCS)
            {
                return _doc;
            }

            var next = target < _maxDoc ? _matches!.NextSetBit(target) : -1;
            if (next < 0)
            {
                _doc = NO_MORE_DOCS;
                // The walk is over: the arrays go back to the pool (a search that stops early leaves them to the GC).
                if (_scores is not null)
                {
                    ArrayPool<float>.Shared.Return(_scores);
                    ArrayPool<long>.Shared.Return(_words!);
                    _scores = null;
                    _words = null;
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
