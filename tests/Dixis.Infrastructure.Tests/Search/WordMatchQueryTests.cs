using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>
/// Walking a word's matches through a bit set finds the same products with the same scores as Lucene's
/// <see cref="DisjunctionMaxQuery"/>, whether the word leads the search or only skips to another word's matches.
/// </summary>
public sealed class WordMatchQueryTests
{
    [Theory]
    [InlineData("meli")]
    [InlineData("μέλι θυμαρίσιο")]
    [InlineData("ελαιόλαδο καλαμάτας")]
    [InlineData("feta pop")]
    [InlineData("krasi me")]
    [InlineData("tsai vounou")]
    [InlineData("krokso kozanis")]
    [InlineData("fasolia gigandes prespon")]
    [InlineData("8ymarisio")]
    [InlineData("kalamata elies")]
    public void Finds_and_scores_what_a_disjunction_max_query_does(string text)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GreekFoldingAnalyzer.Version, LuceneProductSearch.CreateAnalyzer())))
        {
            // Two segments, so each is walked on its own.
            var half = DemoIndex.Documents.Count / 2;
            foreach (var (d, i) in DemoIndex.Documents.Select((d, i) => (d, i)))
            {
                writer.AddDocument(LuceneProductSearch.ToLucene(d));
                if (i == half)
                {
                    writer.Commit();
                }
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var ranked = new NameRankedSearcher(reader);
        var plan = SearchQueryPlan.Parse(text);
        var found = 0;
        foreach (var forgiving in new[] { false, true })
        {
            var ours = LuceneQueries.Text(plan, forgiving);
            var lucenes = WithLucenesDisjunctions(ours);
            var expected = searcher.Search(lucenes, 1000);
            var actual = searcher.Search(ours, 1000);
            found += expected.TotalHits;
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));

            // The engine's searcher remembers where terms are: the first search looks them up, the second reuses them.
            foreach (var _ in new[] { 1, 2 })
            {
                var remembered = ranked.Search(LuceneQueries.Text(plan, forgiving), 1000);
                Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), remembered.ScoreDocs.Select(d => (d.Doc, d.Score)));
            }
        }

        Assert.True(found > 0, $"'{text}' matches the demo catalogue, as typed or forgiven");
    }

    [Theory]
    [InlineData("b", 5)]
    [InlineData("c", 1)]
    [InlineData("d", 40)]
    public void A_following_word_skips_or_reads_all_and_scores_the_same(string leading, int expectedAtLeast)
    {
        // 3,000 documents; "a" (the following word, in two fields) is in most of them. A common leading word makes
        // "a" switch from skipping to reading all its postings part-way; a rare one keeps it skipping to the end.
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GreekFoldingAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(GreekFoldingAnalyzer.Version))))
        {
            for (var i = 0; i < 3000; i++)
            {
                var one = (i % 2 == 0 ? "a " : "x ") + (i % 7 == 0 ? "a a " : string.Empty) + (i % 5 == 0 ? "b" : string.Empty) + (i is 7 or 2500 ? " c" : string.Empty);
                var two = (i % 3 == 0 ? "a" : "y") + (i % 75 == 0 ? " d" : string.Empty);
                writer.AddDocument(new Lucene.Net.Documents.Document
                {
                    new Lucene.Net.Documents.TextField("one", one, Lucene.Net.Documents.Field.Store.NO),
                    new Lucene.Net.Documents.TextField("two", two, Lucene.Net.Documents.Field.Store.NO),
                });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        BooleanQuery Both(Func<DisjunctionMaxQuery> word) => new()
        {
            { Ways(word(), "a"), Occur.MUST },
            { Ways(word(), leading), Occur.MUST },
        };
        static DisjunctionMaxQuery Ways(DisjunctionMaxQuery word, string term)
        {
            word.Add(new TermQuery(new Term("one", term)) { Boost = 2f });
            word.Add(new TermQuery(new Term("two", term)));
            return word;
        }

        var expected = searcher.Search(Both(() => new DisjunctionMaxQuery(0f)), 3000);
        var actual = searcher.Search(Both(() => new WordMatchQuery()), 3000);

        Assert.True(expected.TotalHits >= expectedAtLeast);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    private static Query WithLucenesDisjunctions(Query query)
    {
        switch (query)
        {
            case WordMatchQuery word:
                var plain = new DisjunctionMaxQuery(word.TieBreakerMultiplier) { Boost = word.Boost };
                foreach (var q in word.Disjuncts)
                {
                    plain.Add(q);
                }

                return plain;
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(WithLucenesDisjunctions(clause.Query), clause.Occur);
                }

                return copy;
            default:
                return query;
        }
    }
}
