using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// One term way of a word (a <see cref="TermQuery"/>), read straight from its postings and scored as Lucene scores it
/// under a <see cref="TFIDFSimilarity"/>: the same float operations in the same order, so the same scores to the bit
/// (<c>WordMatchQueryTests</c> compares them). What differs is the walk: no scorer object, and the field's norms read
/// from a byte array (<see cref="SegmentNorms"/>) instead of decoded through the codec for every posting.
/// </summary>
internal sealed class TermWay
{
    private readonly Term _term;
    private readonly TermContext _states;
    private readonly float _idf;
    private readonly float _boost;
    private readonly Tables _tables;
    private float _value;

    private TermWay(Term term, TermContext states, float idf, float boost, Tables tables)
    {
        _term = term;
        _states = states;
        _idf = idf;
        _boost = boost;
        _tables = tables;
    }

    /// <summary>
    /// The way of a term query with known term states, as weighed by the searcher's similarity (what
    /// <c>TermWeight</c> and <c>TFIDFSimilarity.ComputeWeight</c> do); null when that similarity is not TF-IDF.
    /// </summary>
    public static TermWay? For(TermQuery query, TermContext states, IndexSearcher searcher)
    {
        if (searcher.Similarity is not TFIDFSimilarity similarity)
        {
            return null;
        }

        var collection = searcher.CollectionStatistics(query.Term.Field);
        return new TermWay(query.Term, states, similarity.Idf(states.DocFreq, collection.MaxDoc), query.Boost, Tables.Of(similarity));
    }

    /// <summary>What <c>TFIDFSimilarity.IDFStats.Normalize</c> does with the query norm and the boosts around the term.</summary>
    public void Normalize(float norm, float topLevelBoost)
    {
        var queryWeight = _idf * _boost;
        var queryNorm = norm * topLevelBoost;
        queryWeight *= queryNorm;
        _value = queryWeight * _idf;
    }

    /// <summary>How many documents of the segment have the term (0 when none).</summary>
    public long Cost(AtomicReaderContext context) => _states.Get(context.Ord) switch
    {
        null => 0,
        BlockTermState block => block.DocFreq,
        _ => context.AtomicReader.MaxDoc, // another codec's state: at most every document
    };

    /// <summary>The term this way looks for.</summary>
    public Term Term => _term;

    /// <summary>
    /// The part of this way's score that is the same for every document and does not depend on the rest of the query
    /// (idf² × boost): a document's score is this × the query's norm × <see cref="Raw"/>.
    /// </summary>
    public double Weight => (double)_idf * _idf * _boost;

    /// <summary>
    /// The way's postings in the segment (documents and frequencies), or null when the term is not there.
    /// <paramref name="reuse"/>: an enum of the same segment that is done with, whose buffers Lucene then refills
    /// instead of allocating new ones (a few KB per term and segment, for every way of every query).
    /// </summary>
    public DocsEnum? Docs(AtomicReaderContext context, IBits? acceptDocs, DocsEnum? reuse = null)
    {
        if (_states.Get(context.Ord) is not { } state || context.AtomicReader.GetTerms(_term.Field) is not { } terms)
        {
            return null;
        }

        var termsEnum = terms.GetEnumerator();
        termsEnum.SeekExact(_term.Bytes, state);
        return termsEnum.Docs(acceptDocs, reuse, DocsFlags.FREQS);
    }

    /// <summary>The document-dependent part of the score: term frequency factor × decoded norm.</summary>
    public float Raw(int freq, byte[]? norms, int doc)
    {
        var tf = _tables.TfOf(freq);
        return norms is null ? tf : tf * _tables.Norm[norms[doc]];
    }

    /// <summary>
    /// Marks each live document with the term and keeps the higher of its score and the one already there.
    /// <paramref name="reuse"/> is the enum the previous way read (see <see cref="Docs"/>); on return, this way's.
    /// </summary>
    public void ReadInto(AtomicReaderContext context, IBits? acceptDocs, FixedBitSet matches, float[] scores, ref DocsEnum? reuse)
    {
        if (Docs(context, acceptDocs, reuse) is not { } docs)
        {
            return;
        }

        reuse = docs;

        var norms = SegmentNorms.For(context.AtomicReader, _term.Field);
        var tables = _tables;
        var decode = tables.Norm;
        var value = _value;
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            // Lucene's order: (tf × value) × norm; float rounding makes it matter.
            var score = tables.TfOf(docs.Freq) * value;
            if (norms is not null)
            {
                score *= decode[norms[doc]];
            }

            if (!matches.GetAndSet(doc) || score > scores[doc])
            {
                scores[doc] = score;
            }
        }
    }

    /// <summary>A similarity's term frequency factors for small counts and its 256 decoded norms, computed once.</summary>
    private sealed class Tables
    {
        private static readonly ConditionalWeakTable<TFIDFSimilarity, Tables> Known = [];

        private Tables(TFIDFSimilarity similarity)
        {
            Similarity = similarity;
            Tf = Enumerable.Range(0, 64).Select(f => similarity.Tf((float)f)).ToArray();
            Norm = Enumerable.Range(0, 256).Select(n => similarity.DecodeNormValue(n)).ToArray();
        }

        public TFIDFSimilarity Similarity { get; }

        public float[] Tf { get; }

        /// <summary>The similarity's term frequency factor, from the table for small counts.</summary>
        public float TfOf(int freq) => freq < Tf.Length ? Tf[freq] : Similarity.Tf((float)freq);

        public float[] Norm { get; }

        public static Tables Of(TFIDFSimilarity similarity) => Known.GetValue(similarity, s => new Tables(s));
    }
}
