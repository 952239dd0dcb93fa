using System.Text.Json.Nodes;
using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Elasticsearch;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>The exact requests the Elasticsearch engine sends, and how it reads recorded answers. No server runs here.</summary>
public sealed class ElasticsearchRequestTests
{
    private static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), "actual: " + actual.ToJsonString());

    [Fact]
    public void Template_uses_built_in_greek_analysis_only()
    {
        var template = ElasticsearchRequests.IndexTemplate("dixis-products");
        AssertJson("""["dixis-products-*"]""", template["index_patterns"]!);
        var analysis = template["template"]!["settings"]!["analysis"]!;
        AssertJson("""
            {
              "greek_lowercase": { "type": "lowercase", "language": "greek" },
              "greek_stop": { "type": "stop", "stopwords": "_greek_" },
              "greek_stemmer": { "type": "stemmer", "language": "greek" }
            }
            """, analysis["filter"]!);
        AssertJson("""
            {
              "dixis_greek": { "type": "custom", "char_filter": ["greek_fold"], "tokenizer": "standard", "filter": ["greek_lowercase", "asciifolding", "greek_stop", "greek_stemmer"] },
              "dixis_fold": { "type": "custom", "char_filter": ["greek_fold"], "tokenizer": "standard", "filter": ["greek_lowercase", "asciifolding"] },
              "dixis_skeleton": { "type": "custom", "char_filter": [], "tokenizer": "whitespace", "filter": [] }
            }
            """, analysis["analyzer"]!);
        var mappings = analysis["char_filter"]!["greek_fold"]!["mappings"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains("ς=>σ", mappings);
        Assert.Contains("ά=>α", mappings);
        Assert.Contains("ΐ=>ι", mappings);
        Assert.Contains("Ώ=>Ω", mappings);
        var properties = template["template"]!["mappings"]!["properties"]!;
        AssertJson("""{ "type": "text", "analyzer": "dixis_greek" }""", properties["name"]!);
        AssertJson("""{ "type": "text", "analyzer": "dixis_skeleton" }""", properties["name_sk"]!);
        AssertJson("""{ "type": "keyword" }""", properties["category_slug"]!);
        AssertJson("""{ "type": "long" }""", properties["price_cents"]!);
        AssertJson("""{ "type": "object", "enabled": false }""", properties["doc"]!);
        Assert.Equal("strict", template["template"]!["mappings"]!["dynamic"]!.GetValue<string>());
        // Everything the documents carry is mapped (dynamic: strict would refuse anything else).
        var document = ElasticsearchRequests.Document(DemoIndex.Named("Μέλι Θυμαρίσιο Κρήτης"));
        Assert.All(document.Select(kv => kv.Key), key => Assert.NotNull(properties[key]));
    }

    [Fact]
    public void Documents_carry_greeklish_skeletons_and_elot_latin_made_in_csharp()
    {
        var document = ElasticsearchRequests.Document(DemoIndex.Named("Μέλι Θυμαρίσιο Κρήτης"));
        Assert.Equal("meli thimarisio kritis", document["name_sk"]!.GetValue<string>());
        Assert.Equal("meli thymarisio kritis", document["name_latin"]!.GetValue<string>());
        Assert.Equal("μελι θυμαρισιο κρητησ", document["name_sort"]!.GetValue<string>());
        Assert.Equal(1450, document["price_cents"]!.GetValue<long>());
        Assert.Equal("meli\u001fΜέλι", document["facet_category"]!.GetValue<string>());
    }

    [Fact]
    public void Bulk_body_is_ndjson_with_index_and_delete_actions()
    {
        var doc = DemoIndex.Named("Φέτα ΠΟΠ");
        var gone = Guid.Parse("0195f0e0-0000-7000-8000-000000000001");
        var lines = ElasticsearchRequests.Bulk("dixis-products", [doc], [gone]).Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);
        AssertJson($$"""{ "index": { "_index": "dixis-products", "_id": "{{doc.Id}}" } }""", JsonNode.Parse(lines[0])!);
        Assert.Equal("Φέτα ΠΟΠ", JsonNode.Parse(lines[1])!["name"]!.GetValue<string>());
        AssertJson($$"""{ "delete": { "_index": "dixis-products", "_id": "{{gone}}" } }""", JsonNode.Parse(lines[2])!);
    }

    [Fact]
    public void Search_body_has_one_dis_max_per_word_filters_sort_and_facets()
    {
        var body = ElasticsearchRequests.Search(new SearchRequest("feta", new SearchFilters { Category = "tyria", Organic = false, MinPrice = 5, MaxPrice = 12.5m },
            SearchSort.Relevance, Page: 2, PageSize: 10, Facets: true));
        Assert.Equal(10, body["from"]!.GetValue<int>());
        Assert.Equal(10, body["size"]!.GetValue<int>());
        AssertJson("""[{ "_score": { "order": "desc" } }, { "name_sort": { "order": "asc" } }]""", body["sort"]!);
        AssertJson("""
            [
              { "term": { "category_slug": "tyria" } },
              { "term": { "organic": false } },
              { "range": { "price_cents": { "gte": 500, "lte": 1250 } } }
            ]
            """, body["query"]!["bool"]!["filter"]!);
        var must = body["query"]!["bool"]!["must"]!.AsArray();
        Assert.Single(must);
        var queries = must[0]!["dis_max"]!["queries"]!.AsArray();
        Assert.Equal(0, must[0]!["dis_max"]!["tie_breaker"]!.GetValue<int>());
        AssertJson("""{ "match": { "name": { "query": "feta", "boost": 4 } } }""", queries[0]!);
        Assert.Contains(queries, q => JsonNode.DeepEquals(q, JsonNode.Parse("""{ "match": { "name": { "query": "φετα", "boost": 2 } } }""")));
        Assert.Contains(queries, q => JsonNode.DeepEquals(q, JsonNode.Parse("""{ "term": { "name_sk": { "value": "feta", "boost": 3 } } }""")));
        Assert.Contains(queries, q => JsonNode.DeepEquals(q, JsonNode.Parse("""{ "term": { "name_latin": { "value": "feta", "boost": 2 } } }""")));
        // Greek spellings of a Latin word only in name and category (the skeleton fields cover the rest).
        Assert.DoesNotContain(queries, q => JsonNode.DeepEquals(q, JsonNode.Parse("""{ "match": { "description": { "query": "φετα", "boost": 0.35 } } }""")));
        // The exact pass: no prefix, no typo tolerance.
        Assert.DoesNotContain(queries, q => q!.AsObject().ContainsKey("prefix") || q.AsObject().ContainsKey("fuzzy"));
        AssertJson("""{ "range": { "field": "price_cents", "ranges": [ { "key": "0-5", "from": 0, "to": 500 }, { "key": "5-10", "from": 500, "to": 1000 }, { "key": "10-20", "from": 1000, "to": 2000 }, { "key": "20-50", "from": 2000, "to": 5000 }, { "key": "50-", "from": 5000 } ] } }""",
            body["aggs"]!["price"]!);
        AssertJson("""{ "terms": { "field": "facet_category", "size": 50 } }""", body["aggs"]!["category"]!);
    }

    [Fact]
    public void The_retry_forgives_the_word_being_typed_as_a_prefix_and_long_words_by_one_edit_from_5_letters_and_two_from_8()
    {
        Assert.DoesNotContain("fuzzy", ElasticsearchRequests.Search(SearchRequest.For("meli thymarisio")).ToJsonString(), StringComparison.Ordinal);
        var body = ElasticsearchRequests.Search(SearchRequest.For("meli thymarisio"), forgiving: true);
        var must = body["query"]!["bool"]!["must"]!.AsArray();
        var prefix = must[1]!["dis_max"]!["queries"]!.AsArray().First(q => q!.AsObject().ContainsKey("prefix"))!;
        AssertJson("""{ "prefix": { "name_prefix": { "value": "thymarisio", "boost": 1.5 } } }""", prefix);
        Assert.DoesNotContain(must[0]!["dis_max"]!["queries"]!.AsArray(), q => q!.AsObject().ContainsKey("prefix"));
        var fuzzy = must[1]!["dis_max"]!["queries"]!.AsArray().First(q => q!.AsObject().ContainsKey("fuzzy"))!;
        AssertJson("""{ "fuzzy": { "name_sk": { "value": "thimarisio", "boost": 1.5, "fuzziness": 2, "prefix_length": 1, "max_expansions": 50 } } }""", fuzzy);
        var stop = ElasticsearchRequests.Search(SearchRequest.For("μέλι με καρύδια"));
        Assert.Single(stop["query"]!["bool"]!["should"]!.AsArray());
        Assert.Equal(2, stop["query"]!["bool"]!["must"]!.AsArray().Count);
    }

    [Fact]
    public void Browsing_without_text_matches_all_sorted_by_name()
    {
        var body = ElasticsearchRequests.Search(new SearchRequest(null, new SearchFilters { Pdo = false }));
        AssertJson("""
            { "bool": { "must": [ { "match_all": {} } ], "filter": [ { "bool": { "must_not": [ { "term": { "quality_label": "Pdo" } } ] } } ] } }
            """, body["query"]!);
        AssertJson("""[{ "name_sort": { "order": "asc" } }]""", body["sort"]!);
    }

    [Fact]
    public void Alias_swap_removes_old_indices_and_adds_the_new_one_atomically()
    {
        AssertJson("""
            { "actions": [
              { "remove": { "index": "dixis-products-20260101000000000", "alias": "dixis-products" } },
              { "add": { "index": "dixis-products-20260102000000000", "alias": "dixis-products", "is_write_index": true } }
            ] }
            """, ElasticsearchRequests.SwapAlias("dixis-products", "dixis-products-20260102000000000", ["dixis-products-20260101000000000"]));
    }

    [Fact]
    public async Task Rebuild_sends_template_new_index_bulk_refresh_swap_and_delete_in_order()
    {
        var transport = new RecordingTransport();
        transport.Answer("GET", "_alias/dixis-products", 200, """{ "dixis-products-20250101000000000": { "aliases": { "dixis-products": {} } } }""");
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var engine = new ElasticsearchProductSearch(transport, new SearchOptions(), clock);
        var count = await engine.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
        Assert.Equal(DemoIndex.Documents.Count, count);
        Assert.Equal(
        [
            "PUT _index_template/dixis-products",
            "PUT dixis-products-20260301100000000",
            "POST _bulk?refresh=false",
            "POST dixis-products-20260301100000000/_refresh",
            "GET _alias/dixis-products",
            "POST _aliases",
            "DELETE dixis-products-20250101000000000",
        ], transport.Requests.Select(r => $"{r.Method} {r.Path}"));
        var bulk = transport.Requests[2].Body!;
        Assert.Equal(DemoIndex.Documents.Count * 2, bulk.Count(c => c == '\n'));
        Assert.Contains("\"_index\":\"dixis-products-20260301100000000\"", bulk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recorded_search_answer_is_read_into_hits_total_facets_and_highlights()
    {
        var doc = DemoIndex.Named("Μέλι Θυμαρίσιο Κρήτης");
        var source = ElasticsearchRequests.Document(doc)["doc"]!.ToJsonString();
        var transport = new RecordingTransport();
        transport.Answer("POST", "dixis-products/_search", 200, $$"""
            {
              "took": 3, "timed_out": false,
              "hits": { "total": { "value": 7, "relation": "eq" }, "max_score": 12.5,
                "hits": [ { "_index": "dixis-products-1", "_id": "{{doc.Id}}", "_score": 12.5, "_source": { "doc": {{source}} } } ] },
              "aggregations": {
                "category": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": [ { "key": "meli\u001fΜέλι", "doc_count": 7 } ] },
                "organic": { "buckets": [ { "key": 0, "key_as_string": "false", "doc_count": 7 } ] },
                "price": { "buckets": [ { "key": "0-5", "from": 0, "to": 500, "doc_count": 0 }, { "key": "10-20", "from": 1000, "to": 2000, "doc_count": 6 } ] }
              }
            }
            """);
        var engine = new ElasticsearchProductSearch(transport, new SearchOptions(), TimeProvider.System);
        var result = await engine.SearchAsync(new SearchRequest("meli", SearchFilters.None, Facets: true, Highlight: true));
        Assert.Equal(7, result.Total);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(doc, hit.Document);
        Assert.Equal("<mark>Μέλι</mark> Θυμαρίσιο Κρήτης", hit.NameHtml);
        Assert.Equal(new FacetValue("meli", "Μέλι", 7), Assert.Single(result.Facets["category"]));
        Assert.Equal(new FacetValue("false", "Συμβατικό", 7), Assert.Single(result.Facets["organic"]));
        Assert.Equal("10-20", Assert.Single(result.Facets["price"]).Value);
    }

    [Fact]
    public async Task Status_reads_count_and_reports_a_missing_alias()
    {
        var transport = new RecordingTransport();
        transport.Answer("GET", "dixis-products/_count", 200, """{ "count": 85, "_shards": { "total": 1 } }""");
        var engine = new ElasticsearchProductSearch(transport, new SearchOptions(), TimeProvider.System);
        Assert.Equal(new SearchIndexStatus(true, 85, "elasticsearch", "dixis-products"), await engine.StatusAsync());
        var missing = new ElasticsearchProductSearch(new RecordingTransport(), new SearchOptions(), TimeProvider.System);
        Assert.False((await missing.StatusAsync()).Exists);
    }

    [Fact]
    public async Task Bulk_item_errors_fail_but_deleting_a_missing_document_does_not()
    {
        var transport = new RecordingTransport();
        transport.Answer("POST", "_bulk?refresh=wait_for", 200, """{ "errors": true, "items": [ { "delete": { "_id": "x", "status": 404, "result": "not_found" } } ] }""");
        var engine = new ElasticsearchProductSearch(transport, new SearchOptions(), TimeProvider.System);
        await engine.DeleteAsync([Guid.NewGuid()]);
        transport.Answer("POST", "_bulk?refresh=wait_for", 200, """{ "errors": true, "items": [ { "index": { "_id": "x", "status": 400, "error": { "type": "mapper_parsing_exception" } } } ] }""");
        await Assert.ThrowsAsync<SearchEngineException>(() => engine.UpsertAsync([DemoIndex.Documents[0]]));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Records requests; answers recorded JSON by method and path, 404 otherwise (200 "{}" for writes).</summary>
    private sealed class RecordingTransport : IElasticsearchTransport
    {
        private readonly Dictionary<string, ElasticsearchResponse> _answers = [];

        public List<(string Method, string Path, string? Body)> Requests { get; } = [];

        public void Answer(string method, string path, int status, string body) => _answers[method + " " + path] = new ElasticsearchResponse(status, body);

        public Task<ElasticsearchResponse> SendAsync(string method, string path, string? body, CancellationToken ct = default)
        {
            Requests.Add((method, path, body));
            if (_answers.TryGetValue(method + " " + path, out var answer))
            {
                return Task.FromResult(answer);
            }

            return Task.FromResult(method == "GET" ? new ElasticsearchResponse(404, """{"error":"not found"}""") : new ElasticsearchResponse(200, """{"acknowledged":true,"errors":false}"""));
        }
    }
}
