using Dixis.Infrastructure.Search.Lucene;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>Sharing the Levenshtein automata changes nothing a fuzzy query finds or how it scores.</summary>
public sealed class SharedAutomataFuzzyQueryTests
{
    private static readonly string[] Words =
    [
        "kalathaki", "kalathakia", "kalamata", "kalamon", "paximadi", "paximadia", "paksimadia", "fasolia", "fasoles",
        "gigantes", "gigandes", "gigas", "meli", "melia", "thymarisio", "thimarisio", "θυμαρισιο", "θυμαρι", "τραχανας",
        "τραχανάς", "xinomavro", "ksinomavro", "a", "ab", "abc", "meil", "kalathaik", "gigatnes", "τραχανασ", "xinomarvo",
    ];

    [Theory]
    [InlineData("kalathaki", 2, 1)]
    [InlineData("paximadia", 2, 1)]
    [InlineData("gigantes", 2, 1)]
    [InlineData("fasolia", 1, 1)]
    [InlineData("thymarisio", 2, 0)]
    [InlineData("θυμαρισιο", 2, 1)]
    [InlineData("τραχανας", 1, 2)]
    [InlineData("meli", 1, 1)]
    [InlineData("ab", 1, 1)]
    [InlineData("xinomavro", 2, 3)]
    public void Finds_and_scores_what_Lucenes_fuzzy_query_does(string word, int edits, int prefix)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GreekFoldingAnalyzer.Version, new WhitespaceAnalyzer(GreekFoldingAnalyzer.Version))))
        {
            // Two segments: the shared automata serve every segment of a query.
            foreach (var (w, i) in Words.Select((w, i) => (w, i)))
            {
                writer.AddDocument(new Document { new TextField("f", w, Field.Store.YES), new TextField("g", w + " " + Words[(i + 1) % Words.Length], Field.Store.NO) });
                if (i == Words.Length / 2)
                {
                    writer.Commit();
                }
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        foreach (var field in new[] { "f", "g", "f" })
        {
            var expected = searcher.Search(new FuzzyQuery(new Term(field, word), edits, prefix), 100).ScoreDocs;
            var actual = searcher.Search(new SharedAutomataFuzzyQuery(new Term(field, word), edits, prefix), 100).ScoreDocs;
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
        }
    }
}
