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
        }

        Assert.True(found > 0, $"'{text}' matches the demo catalogue, as typed or forgiven");
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
