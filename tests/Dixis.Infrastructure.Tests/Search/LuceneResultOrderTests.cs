using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Lucene;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>
/// The order of results: score, then name, then nothing arbitrary. Names are ranked once per searcher across all
/// segments, so products written later (a new segment) take their place among the older ones.
/// </summary>
public sealed class LuceneResultOrderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dixis-search-order-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Name_order_holds_across_segments_and_pages()
    {
        using var engine = new LuceneProductSearch(_folder, answerCacheSize: 0);
        await engine.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        // Each upsert is a segment of its own: names that sort first, in the middle and last.
        var template = DemoIndex.Documents[0];
        string[] added = ["Άγρια Αγκινάρα", "Ωμό Μέλι Ωραίο", "Μ Μέσο Προϊόν"];
        foreach (var name in added)
        {
            await engine.UpsertAsync([template with { Id = Guid.NewGuid(), Name = name, Slug = Guid.NewGuid().ToString("N") }]);
        }

        var pages = new List<SearchHit>();
        for (var page = 1; page <= 4; page++)
        {
            pages.AddRange((await engine.SearchAsync(new SearchRequest(null, SearchFilters.None, SearchSort.Name, Page: page, PageSize: 20))).Hits);
        }

        var expected = DemoIndex.Documents.Select(d => d.Name).Concat(added).Order(StringComparer.Ordinal.WithKey(SearchFields.SortKey)).Take(pages.Count);
        Assert.Equal(expected, pages.Select(h => h.Document.Name));
        Assert.Equal("Άγρια Αγκινάρα", pages[0].Document.Name);
    }

    [Fact]
    public async Task Equal_scores_are_ordered_by_name_and_pages_continue_each_other()
    {
        using var engine = new LuceneProductSearch(_folder, answerCacheSize: 0);
        // Thirty products alike but for a number in the name, written in reverse name order: they score the same (and
        // above the demo products that mention a variety, «ποικιλία», in their description).
        var template = DemoIndex.Documents[0];
        var alike = Enumerable.Range(1, 30).Reverse()
            .Select(n => template with { Id = Guid.NewGuid(), Name = $"Ποικιλία Δοκιμής {n:00}", Slug = $"poikilia-{n:00}", Description = "" });
        await engine.RebuildAsync(DemoIndex.Documents.Concat(alike).ToAsyncEnumerable());
        var all = (await engine.SearchAsync(new SearchRequest("poikilia", SearchFilters.None, PageSize: 100))).Hits;
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"Ποικιλία Δοκιμής {n:00}"), all.Take(30).Select(h => h.Document.Name));
        for (var i = 1; i < all.Count; i++)
        {
            Assert.True(all[i - 1].Score >= all[i].Score, "score first");
            if (all[i - 1].Score == all[i].Score)
            {
                Assert.True(string.CompareOrdinal(SearchFields.SortKey(all[i - 1].Document.Name), SearchFields.SortKey(all[i].Document.Name)) <= 0, "then name");
            }
        }

        var first = (await engine.SearchAsync(new SearchRequest("poikilia", SearchFilters.None, Page: 1, PageSize: 5))).Hits;
        var second = (await engine.SearchAsync(new SearchRequest("poikilia", SearchFilters.None, Page: 2, PageSize: 5))).Hits;
        Assert.Equal(all.Take(10).Select(h => h.Document.Id), first.Concat(second).Select(h => h.Document.Id));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }
}

internal static class ComparerExtensions
{
    /// <summary>Compares by a key the comparer compares.</summary>
    public static IComparer<string> WithKey(this StringComparer comparer, Func<string, string> key) =>
        Comparer<string>.Create((a, b) => comparer.Compare(key(a), key(b)));
}
