using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Lucene;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>
/// What the Lucene engine keeps between queries — answers, facet arrays, the index layout — never shows a state
/// older than the last commit.
/// </summary>
public sealed class LuceneIndexStateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dixis-search-state-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_repeated_request_is_answered_from_the_cache_until_a_product_changes()
    {
        using var engine = new LuceneProductSearch(_folder);
        await engine.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        var request = new SearchRequest("rigani", SearchFilters.None, Facets: true, Highlight: true);

        var first = await engine.SearchAsync(request);
        Assert.Same(first, await engine.SearchAsync(request));
        var suggestions = await engine.SuggestAsync("rig", 8);
        Assert.Same(suggestions, await engine.SuggestAsync("rig", 8));

        var oregano = DemoIndex.Named("Ρίγανη");
        await engine.UpsertAsync([oregano with { Name = "Ρίγανη Άγρια Ταϋγέτου", Price = 99.5m }]);

        var after = await engine.SearchAsync(request);
        Assert.NotSame(first, after);
        Assert.Contains(after.Hits, h => h.Document.Name == "Ρίγανη Άγρια Ταϋγέτου" && h.Document.Price == 99.5m);
        Assert.Contains("Ρίγανη Άγρια Ταϋγέτου", (await engine.SuggestAsync("rig", 8)).Select(s => s.Text));

        await engine.DeleteAsync([oregano.Id]);
        Assert.DoesNotContain((await engine.SearchAsync(request)).Hits, h => h.Document.Id == oregano.Id);
    }

    [Fact]
    public async Task Without_a_cache_every_request_is_searched_again()
    {
        using var engine = new LuceneProductSearch(_folder, answerCacheSize: 0);
        await engine.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        var request = SearchRequest.For("feta");
        var first = await engine.SearchAsync(request);
        var second = await engine.SearchAsync(request);
        Assert.NotSame(first, second);
        Assert.Equal(first.Hits.Select(h => h.Document.Id), second.Hits.Select(h => h.Document.Id));
    }

    [Fact]
    public async Task Facet_counts_follow_updates_and_deletes_across_segments()
    {
        using var engine = new LuceneProductSearch(_folder, answerCacheSize: 0);
        await engine.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        var request = new SearchRequest(null, SearchFilters.None, Facets: true, PageSize: 1);
        long Count(SearchResult r, string facet, string value) => r.Facets[facet].SingleOrDefault(f => f.Value == value)?.Count ?? 0;
        var before = await engine.SearchAsync(request);

        // Each upsert is a new segment holding the new version and a delete in the old one.
        var honey = DemoIndex.Documents.First(d => d.CategorySlug == "meli");
        await engine.UpsertAsync([honey with { CategorySlug = "mastiha", CategoryName = "Μαστίχα", Price = 1000m }]);
        var moved = await engine.SearchAsync(request);
        Assert.Equal(Count(before, "category", "meli") - 1, Count(moved, "category", "meli"));
        Assert.Equal(Count(before, "category", "mastiha") + 1, Count(moved, "category", "mastiha"));
        Assert.Equal(Count(before, "price", "50-") + 1, Count(moved, "price", "50-"));
        Assert.Equal(before.Total, moved.Total);

        await engine.DeleteAsync([honey.Id]);
        var deleted = await engine.SearchAsync(request);
        Assert.Equal(Count(before, "category", "mastiha"), Count(deleted, "category", "mastiha"));
        Assert.Equal(before.Total - 1, deleted.Total);
        Assert.Equal(deleted.Total, deleted.Facets["price"].Sum(f => f.Count));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("meli")]
    [InlineData("feta")]
    public async Task Facets_are_the_same_from_one_segment_or_several(string? q)
    {
        // One segment (a rebuild is merged into one) is counted straight from its ordinals; several are added up by
        // value: both must give the same values, counts and order.
        using var merged = new LuceneProductSearch(Path.Combine(_folder, "one"), answerCacheSize: 0);
        await merged.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        using var split = new LuceneProductSearch(Path.Combine(_folder, "several"), answerCacheSize: 0);
        var docs = DemoIndex.Documents.ToList();
        await split.RebuildAsync(docs.Take(docs.Count / 2).ToAsyncEnumerable());
        foreach (var part in docs.Skip(docs.Count / 2).Chunk(Math.Max(1, docs.Count / 6)))
        {
            await split.UpsertAsync(part);
        }

        var request = new SearchRequest(q, SearchFilters.None, Facets: true);
        var one = await merged.SearchAsync(request);
        var several = await split.SearchAsync(request);

        Assert.True(one.Total > 0);
        Assert.Equal(one.Total, several.Total);
        Assert.Equal(one.Facets.Keys.Order(), several.Facets.Keys.Order());
        foreach (var (facet, values) in one.Facets)
        {
            Assert.Equal(values, several.Facets[facet]);
        }

        Assert.Equal(one.Total, one.Facets["price"].Sum(v => v.Count));
    }

    [Fact]
    public async Task A_facet_lists_its_most_common_values_only()
    {
        using var engine = new LuceneProductSearch(_folder, answerCacheSize: 0);
        // 60 producers: producer n has n products, so the 50 kept are producers 11 to 60, most products first.
        var template = DemoIndex.Documents[0];
        var docs = Enumerable.Range(1, 60).SelectMany(n => Enumerable.Range(0, n).Select(i => template with
        {
            Id = Guid.NewGuid(),
            Slug = $"p{n}-{i}",
            ProducerId = new Guid(n, 0, 0, new byte[8]),
            ProducerSlug = $"paragogos-{n:00}",
            ProducerName = $"Παραγωγός {n:00}",
        }));
        await engine.RebuildAsync(docs.ToAsyncEnumerable());

        var producers = (await engine.SearchAsync(new SearchRequest(null, SearchFilters.None, Facets: true, PageSize: 1))).Facets["producer"];
        Assert.Equal(SearchFacets.MaxValues, producers.Count);
        Assert.Equal(Enumerable.Range(11, 50).Reverse().Select(n => ($"paragogos-{n:00}", (long)n)), producers.Select(p => (p.Value, p.Count)));
    }

    [Fact]
    public async Task Searches_beyond_the_allowed_number_wait_their_turn_and_all_answer()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LuceneProductSearch(_folder, concurrentSearches: -1));
        using var engine = new LuceneProductSearch(_folder, answerCacheSize: 0, concurrentSearches: 1);
        await engine.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        var alone = await engine.SearchAsync(SearchRequest.For("meli"));

        var together = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () => i % 2 == 0
            ? (await engine.SearchAsync(SearchRequest.For("meli"))).Hits.Select(h => h.Document.Name).ToList()
            : (await engine.SuggestAsync("mel", 8)).Select(s => s.Text).ToList())));

        Assert.All(together.Where((_, i) => i % 2 == 0), names => Assert.Equal(alone.Hits.Select(h => h.Document.Name), names));
        Assert.All(together.Where((_, i) => i % 2 == 1), names => Assert.Contains("Μέλι Θυμαρίσιο Κρήτης", names));

        // A search still waiting when its request is cancelled stops there.
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.SearchAsync(SearchRequest.For("feta"), cancelled.Token));
    }

    [Fact]
    public async Task An_index_written_in_another_layout_is_emptied_on_open_so_start_up_rebuilds_it()
    {
        using (var directory = FSDirectory.Open(new DirectoryInfo(_folder)))
        using (var old = new IndexWriter(directory, new IndexWriterConfig(GreekFoldingAnalyzer.Version, new WhitespaceAnalyzer(GreekFoldingAnalyzer.Version))))
        {
            // The first layout: no format mark, the product as a stored field.
            old.AddDocument(new Document { new StringField(SearchFields.Id, Guid.NewGuid().ToString(), Field.Store.YES), new StoredField("doc", "{}") });
            old.Commit();
        }

        using var engine = new LuceneProductSearch(_folder);
        var status = await engine.StatusAsync();
        Assert.True(status.Exists);
        Assert.Equal(0, status.DocumentCount);

        await engine.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        Assert.Contains((await engine.SearchAsync(SearchRequest.For("meli"))).Hits, h => h.Document.Name == "Μέλι Θυμαρίσιο Κρήτης");
    }

    [Fact]
    public async Task An_index_in_the_current_layout_is_kept_when_opened_again()
    {
        using (var engine = new LuceneProductSearch(_folder))
        {
            await engine.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        }

        using var reopened = new LuceneProductSearch(_folder);
        Assert.Equal(DemoIndex.Documents.Count, (await reopened.StatusAsync()).DocumentCount);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }
}
