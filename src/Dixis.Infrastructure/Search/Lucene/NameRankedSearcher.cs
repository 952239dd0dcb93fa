using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// An index searcher that knows each document's place in name order (<see cref="NameRanks"/>), computed once when
/// the searcher opens after a commit. Results that tie on score are ordered by name; comparing two ranks is an array
/// read, where Lucene's string sort decoded the name's ordinal from the doc values file for every hit.
/// It also remembers where each term looked up through it was found (<see cref="TermStates"/>).
/// </summary>
internal sealed class NameRankedSearcher : IndexSearcher
{
    public NameRankedSearcher(IndexReader reader)
        : base(reader)
    {
        NameRanks = new int[reader.MaxDoc];
        // Global ordinals: one order across segments (a single segment's ordinals already are).
        var names = MultiDocValues.GetSortedValues(reader, SearchFields.NameSort);
        if (names is not null)
        {
            for (var doc = 0; doc < NameRanks.Length; doc++)
            {
                NameRanks[doc] = names.GetOrd(doc);
            }
        }
    }

    /// <summary>Position of each document's sort name among all names of the index (equal names, equal ranks).</summary>
    public int[] NameRanks { get; }

    // Bound on remembered terms (each a few hundred bytes); past it the memory starts again empty.
    private const int MaxTermStates = 50_000;

    private readonly ConcurrentDictionary<Term, TermContext> _termStates = new();

    /// <summary>
    /// Where a term is in each segment of this searcher's index, and its statistics, looked up once and then
    /// remembered while the searcher lives (the index it reads never changes; a commit opens a new searcher). A word
    /// is looked up in a dozen fields and several spellings, most of which the index does not have: a seek in the
    /// terms dictionary of every segment each time was an eighth of a search. Lucene 3 kept a similar cache of terms.
    /// </summary>
    public TermContext TermStates(Term term)
    {
        if (_termStates.TryGetValue(term, out var known))
        {
            return known;
        }

        if (_termStates.Count >= MaxTermStates)
        {
            _termStates.Clear();
        }

        return _termStates.GetOrAdd(term, t => TermContext.Build(TopReaderContext, t));
    }

    /// <summary>Makes the <see cref="SearcherManager"/> open ranked searchers.</summary>
    public sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new NameRankedSearcher(reader);
    }
}
