using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// An index searcher that knows each document's place in name order (<see cref="NameRanks"/>), computed once when
/// the searcher opens after a commit. Results that tie on score are ordered by name; comparing two ranks is an array
/// read, where Lucene's string sort decoded the name's ordinal from the doc values file for every hit.
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

    /// <summary>Makes the <see cref="SearcherManager"/> open ranked searchers.</summary>
    public sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new NameRankedSearcher(reader);
    }
}
