using Dixis.Infrastructure.Search.Lucene;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>
/// A word's term way is left out only when another way has all its documents and scores each higher, so the word's
/// matches and scores stay exactly Lucene's.
/// </summary>
public sealed class WayCoverageTests : IDisposable
{
    // name:x in docs 0–4, skel:x in docs 0–3 (a subset); skel:y in docs 0–3 and 5, name:y in docs 0–3 (not a subset).
    private static readonly (string Name, string Skel)[] Docs =
        [("x y", "x y"), ("x y", "x y"), ("x y", "x y"), ("x y", "x y"), ("x", "z"), ("q", "y")];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public WayCoverageTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(GreekFoldingAnalyzer.Version, new WhitespaceAnalyzer(GreekFoldingAnalyzer.Version))))
        {
            foreach (var (name, skel) in Docs)
            {
                writer.AddDocument(new Document { new TextField("name", name, Field.Store.NO), new TextField("skel", skel, Field.Store.NO) });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    [Fact]
    public void A_way_whose_documents_are_all_in_another_is_covered_when_the_other_weighs_enough()
    {
        var segment = _reader.Leaves[0];

        var ratio = WayCoverage.Ratio(segment, Way("name", "x", 1f), Way("skel", "x", 1f));

        // Same length fields, same frequencies: the covered way's document part never exceeds the covering one's.
        Assert.Equal(1.0, ratio, precision: 6);
        Assert.True(WayCoverage.Covers(new(), segment, Way("name", "x", 3f), Way("skel", "x", 1f)));
        Assert.False(WayCoverage.Covers(new(), segment, Way("name", "x", 1f), Way("skel", "x", 3f)));
    }

    [Fact]
    public void A_way_with_a_document_the_other_lacks_is_never_covered()
    {
        var segment = _reader.Leaves[0];

        Assert.Equal(double.PositiveInfinity, WayCoverage.Ratio(segment, Way("name", "y", 1f), Way("skel", "y", 1f)));
        Assert.False(WayCoverage.Covers(new(), segment, Way("name", "y", 100f), Way("skel", "y", 1f)));
    }

    [Theory]
    [InlineData("x", 3f, "name", "skel")]
    [InlineData("x", 0.5f, "name", "skel")]
    [InlineData("y", 3f, "skel", "name")] // only the way with more documents can cover the other
    public void A_word_with_a_covered_way_finds_and_scores_what_lucene_does(string term, float nameBoost, string checkedCovering, string checkedCovered)
    {
        DisjunctionMaxQuery Word(DisjunctionMaxQuery word)
        {
            word.Add(new TermQuery(new Term("name", term)) { Boost = nameBoost });
            word.Add(new TermQuery(new Term("skel", term)));
            return word;
        }

        var expected = _searcher.Search(Word(new DisjunctionMaxQuery(0f)), 10);
        var actual = _searcher.Search(Word(new WordMatchQuery()), 10);

        Assert.True(expected.TotalHits >= 4);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        // The check ran (and is remembered for the segment).
        Assert.True(WayCoverage.Of(_reader.Leaves[0]).ContainsKey((new Term(checkedCovering, term), new Term(checkedCovered, term))));
    }

    private TermWay Way(string field, string text, float boost)
    {
        var term = new Term(field, text);
        var way = TermWay.For(new TermQuery(term) { Boost = boost }, TermContext.Build(_searcher.TopReaderContext, term), _searcher)!;
        way.Normalize(1f, 1f);
        return way;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
