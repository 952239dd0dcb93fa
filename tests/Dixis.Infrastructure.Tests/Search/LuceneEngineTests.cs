using Dixis.Infrastructure.Search;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>Facets, filters, sorts, suggestions and highlights of the Lucene engine over the demo catalogue.</summary>
public sealed class LuceneEngineTests(DemoIndex index) : IClassFixture<DemoIndex>
{
    [Fact]
    public async Task Facets_count_every_match_by_category_producer_region_label_organic_and_price()
    {
        var result = await index.Search.SearchAsync(new SearchRequest("meli", SearchFilters.None, Facets: true));
        var honey = DemoIndex.Documents.Count(d => d.CategorySlug == "meli");
        Assert.Contains(result.Facets["category"], f => f.Value == "meli" && f.Label == "Μέλι" && f.Count == honey);
        Assert.Contains(result.Facets["producer"], f => f.Label == "Μελισσοκομία Ψηλορείτη");
        Assert.Contains(result.Facets["region"], f => f.Value == "Κρήτη");
        Assert.Contains(result.Facets["qualityLabel"], f => f.Value == "None");
        Assert.Equal(result.Total, result.Facets["price"].Sum(f => f.Count));
        Assert.Equal(result.Total, result.Facets["organic"].Sum(f => f.Count));
    }

    [Fact]
    public async Task Filters_combine_with_text()
    {
        var pdoCheese = await index.Search.SearchAsync(new SearchRequest("feta", new SearchFilters { Pdo = true, Category = "tyria" }, PageSize: 50));
        Assert.NotEmpty(pdoCheese.Hits);
        Assert.All(pdoCheese.Hits, h => Assert.Equal(("Pdo", "tyria"), (h.Document.QualityLabel, h.Document.CategorySlug)));

        var cheap = await index.Search.SearchAsync(new SearchRequest(null, new SearchFilters { MinPrice = 5, MaxPrice = 7.5m }, PageSize: 100));
        Assert.All(cheap.Hits, h => Assert.InRange(h.Document.Price, 5m, 7.5m));
        Assert.Equal(DemoIndex.Documents.Count(d => d.Price is >= 5 and <= 7.5m), cheap.Total);

        var organic = await index.Search.SearchAsync(new SearchRequest(null, new SearchFilters { Organic = true }, PageSize: 100));
        Assert.Equal(DemoIndex.Documents.Count(d => d.IsOrganic), organic.Total);

        var island = await index.Search.SearchAsync(new SearchRequest(null, new SearchFilters { Region = "Χίος", QualityLabel = "Pdo" }, PageSize: 100));
        Assert.All(island.Hits, h => Assert.Equal("Χίος", h.Document.Region));
        Assert.NotEmpty(island.Hits);

        var producer = DemoIndex.Named("Τσίπουρο");
        var byId = await index.Search.SearchAsync(new SearchRequest(null, new SearchFilters { Producer = producer.ProducerId.ToString() }, PageSize: 100));
        var bySlug = await index.Search.SearchAsync(new SearchRequest(null, new SearchFilters { Producer = producer.ProducerSlug }, PageSize: 100));
        Assert.Equal(byId.Hits.Select(h => h.Document.Id), bySlug.Hits.Select(h => h.Document.Id));
        Assert.All(byId.Hits, h => Assert.Equal(producer.ProducerSlug, h.Document.ProducerSlug));
    }

    [Fact]
    public async Task Sorts_by_price_newest_and_name_and_pages_without_overlap()
    {
        var asc = await index.Search.SearchAsync(new SearchRequest("meli", SearchFilters.None, SearchSort.PriceAsc, PageSize: 50));
        Assert.Equal(asc.Hits.Select(h => h.Document.Price).Order(), asc.Hits.Select(h => h.Document.Price));
        var desc = await index.Search.SearchAsync(new SearchRequest(null, SearchFilters.None, SearchSort.PriceDesc, PageSize: 10));
        Assert.Equal(DemoIndex.Documents.Max(d => d.Price), desc.Hits[0].Document.Price);
        var newest = await index.Search.SearchAsync(new SearchRequest(null, SearchFilters.None, SearchSort.Newest, PageSize: 10));
        Assert.Equal(newest.Hits.Select(h => h.Document.CreatedAt).OrderDescending(), newest.Hits.Select(h => h.Document.CreatedAt));
        var page1 = await index.Search.SearchAsync(new SearchRequest(null, SearchFilters.None, SearchSort.Name, Page: 1, PageSize: 10));
        var page2 = await index.Search.SearchAsync(new SearchRequest(null, SearchFilters.None, SearchSort.Name, Page: 2, PageSize: 10));
        Assert.Empty(page1.Hits.Select(h => h.Document.Id).Intersect(page2.Hits.Select(h => h.Document.Id)));
        Assert.Equal(DemoIndex.Documents.Count, page1.Total);
    }

    [Theory]
    [InlineData("μαστ", "Μαστίχα Χίου")]
    [InlineData("mast", "Μαστίχα Χίου")]
    [InlineData("ΚΡΌΚ", "Κρόκος Κοζάνης")]
    [InlineData("meli thym", "Μέλι Θυμαρίσιο Κρήτης")]
    [InlineData("8ymar", "Μέλι Θυμαρίσιο Κρήτης")]
    [InlineData("fet", "Φέτα ΠΟΠ")]
    public async Task Suggest_completes_the_word_being_typed(string typed, string expected)
    {
        var suggestions = await index.Search.SuggestAsync(typed, 8);
        Assert.Contains(expected, suggestions.Select(s => s.Text));
        Assert.Equal(suggestions.Count, suggestions.Select(s => s.Text).Distinct().Count());
    }

    [Fact]
    public async Task Highlights_mark_greek_words_found_by_greeklish_and_typos_and_encode_html()
    {
        var result = await index.Search.SearchAsync(new SearchRequest("meli thymarisio", SearchFilters.None, Highlight: true));
        var hit = result.Hits.First(h => h.Document.Name == "Μέλι Θυμαρίσιο Κρήτης");
        Assert.Equal("<mark>Μέλι</mark> <mark>Θυμαρίσιο</mark> Κρήτης", hit.NameHtml);
        Assert.Contains("<mark>θυμαρίσιο</mark> <mark>μέλι</mark>", hit.SnippetHtml, StringComparison.Ordinal);

        var typo = await index.Search.SearchAsync(new SearchRequest("mastixha", SearchFilters.None, Highlight: true));
        Assert.Equal("<mark>Μαστίχα</mark> Χίου", typo.Hits.First(h => h.Document.Name == "Μαστίχα Χίου").NameHtml);

        var plan = SearchQueryPlan.Parse("φετα");
        Assert.Equal("<mark>Φέτα</mark> &lt;b&gt;", SearchHighlighter.Mark("Φέτα <b>", plan));
    }

    [Fact]
    public async Task Highlights_mark_what_the_pass_that_answered_matched()
    {
        // "μελι" matches as typed, so the answer marks «Μέλι» but not «Μελίσσια» (a prefix match, forgiven only
        // when nothing matches as typed); a typo that only the forgiving pass finds is marked.
        var plan = SearchQueryPlan.Parse("μελι");
        Assert.Equal("<mark>Μέλι</mark> <mark>Μελίσσια</mark>", SearchHighlighter.Mark("Μέλι Μελίσσια", plan));
        Assert.Equal("<mark>Μέλι</mark> Μελίσσια", SearchHighlighter.Mark("Μέλι Μελίσσια", plan.AsTyped()));

        var exact = await index.Search.SearchAsync(new SearchRequest("μελι", SearchFilters.None, Highlight: true));
        Assert.All(exact.Hits, h => Assert.DoesNotContain("<mark>Μελίσσ", h.NameHtml + h.SnippetHtml, StringComparison.OrdinalIgnoreCase));
        var typo = await index.Search.SearchAsync(new SearchRequest("θυμαρσιο", SearchFilters.None, Highlight: true));
        Assert.Contains(typo.Hits, h => h.NameHtml!.Contains("<mark>Θυμαρίσιο</mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zzzqqq")]
    [InlineData("!!! ???")]
    [InlineData("   ")]
    public async Task Nonsense_or_punctuation_matches_nothing_and_empty_text_browses(string query)
    {
        var result = await index.Search.SearchAsync(SearchRequest.For(query));
        if (string.IsNullOrWhiteSpace(query))
        {
            Assert.Equal(DemoIndex.Documents.Count, result.Total);
        }
        else
        {
            Assert.Equal(0, result.Total);
        }
    }

    [Fact]
    public async Task Concurrent_searches_and_writes_are_safe()
    {
        var doc = DemoIndex.Named("Ρίγανη");
        var writes = Enumerable.Range(0, 20).Select(i => index.Search.UpsertAsync([doc with { Description = "Άγρια ρίγανη " + i }]));
        var reads = Enumerable.Range(0, 200).Select(_ => index.Search.SearchAsync(SearchRequest.For("rigani")));
        await Task.WhenAll(writes.Cast<Task>().Concat(reads));
        Assert.Contains("Ρίγανη", (await index.Search.SearchAsync(SearchRequest.For("rigani"))).Hits.Select(h => h.Document.Name));
        Assert.Equal(DemoIndex.Documents.Count, (await index.Search.StatusAsync()).DocumentCount);
    }

    [Fact]
    public void Greeklish_words_map_to_greek_candidates_with_informal_spellings()
    {
        Assert.Contains("θυμαρισιο", GreeklishCandidates.For("8ymarisio"));
        Assert.Contains("ξινομαυρο", GreeklishCandidates.For("ksinomauro"));
        Assert.Contains("ψιλορειτη", GreeklishCandidates.For("psiloreiti"));
        Assert.Contains("μαστιχα", GreeklishCandidates.For("mastiha"));
        Assert.Contains("μηλο", GreeklishCandidates.For("mhlo"));
        Assert.Contains("ωμο", GreeklishCandidates.For("wmo"));
        Assert.Contains("ξινο", GreeklishCandidates.For("xino"));
        Assert.Empty(GreeklishCandidates.For("1234"));
    }
}
