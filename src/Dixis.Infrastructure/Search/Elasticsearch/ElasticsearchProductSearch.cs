using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dixis.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The production engine. Searches and writes go through the alias (<see cref="SearchOptions.IndexAlias"/>);
/// a rebuild fills a new timestamped index and swaps the alias atomically, so searches never see a half-built index.
/// </summary>
public sealed class ElasticsearchProductSearch(IElasticsearchTransport transport, SearchOptions options, TimeProvider clock) : IProductSearch, IProductIndexer
{
    public const int BulkSize = 1000;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private string Alias => options.IndexAlias;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var query = string.IsNullOrWhiteSpace(request.Query) ? null : SearchQueryPlan.Parse(request.Query);
        if (query is { IsEmpty: true })
        {
            return SearchResult.Empty;
        }

        var highlight = request.Highlight ? query : null;
        var response = await Send("POST", $"{Alias}/_search", ElasticsearchRequests.Search(request).ToJsonString(), ct);
        var result = ParseSearch(response.Body, highlight?.AsTyped());
        if (result.Total == 0 && query is not null && query.CanForgive)
        {
            // Nothing as typed: try again with prefixes and typos forgiven (as the Lucene engine does).
            response = await Send("POST", $"{Alias}/_search", ElasticsearchRequests.Search(request, forgiving: true).ToJsonString(), ct);
            result = ParseSearch(response.Body, highlight);
        }

        return result;
    }

    /// <summary>Reads a <c>_search</c> answer: hits (the stored <c>doc</c>), total and aggregations.</summary>
    public static SearchResult ParseSearch(string body, SearchQueryPlan? highlight)
    {
        var root = JsonNode.Parse(body)!;
        var hits = new List<SearchHit>();
        foreach (var h in root["hits"]?["hits"]?.AsArray() ?? [])
        {
            var doc = h!["_source"]!["doc"].Deserialize<SearchDocument>(Web)!;
            var score = h["_score"] is JsonValue v && v.TryGetValue<double>(out var s) ? (float)s : 0f;
            hits.Add(highlight is null
                ? new SearchHit(doc, score)
                : new SearchHit(doc, score, SearchHighlighter.Mark(doc.Name, highlight), SearchHighlighter.Snippet(doc.Description, highlight)));
        }

        var total = root["hits"]?["total"]?["value"]?.GetValue<long>() ?? hits.Count;
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        if (root["aggregations"] is JsonObject aggs)
        {
            foreach (var (name, agg) in aggs)
            {
                var buckets = agg?["buckets"]?.AsArray() ?? [];
                if (name == SearchFacets.Price)
                {
                    facets[name] = buckets.Select(b => (Key: b!["key"]!.GetValue<string>(), Count: b["doc_count"]!.GetValue<long>()))
                        .Where(b => b.Count > 0)
                        .Select(b => SearchFacetValues.Price(Enumerable.Range(0, SearchFacets.PriceRanges.Count).First(i => SearchFacets.PriceRanges[i].Key == b.Key), b.Count))
                        .ToList();
                    continue;
                }

                facets[name] = SearchFacetValues.Order(buckets.Select(b =>
                {
                    var key = b!["key_as_string"]?.GetValue<string>() ?? KeyText(b["key"]!);
                    return SearchFacetValues.Make(name, key, b["doc_count"]!.GetValue<long>());
                }));
            }
        }

        return new SearchResult(hits, total, facets);
    }

    private static string KeyText(JsonNode key) => key.GetValueKind() == JsonValueKind.String
        ? key.GetValue<string>()
        : key.ToJsonString();

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int size = 8, CancellationToken ct = default)
    {
        if (SearchQueryPlan.Parse(prefix).IsEmpty)
        {
            return [];
        }

        var response = await Send("POST", $"{Alias}/_search", ElasticsearchRequests.Suggest(prefix, size).ToJsonString(), ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ParseSearch(response.Body, null).Hits.Select(h => h.Document).Where(d => seen.Add(d.Name)).Take(size)
            .Select(d => new Suggestion(d.Name, d.Slug, d.CategorySlug)).ToList();
    }

    public async Task<SearchIndexStatus> StatusAsync(CancellationToken ct = default)
    {
        var response = await transport.SendAsync("GET", $"{Alias}/_count", null, ct);
        if (response.StatusCode == 404)
        {
            return new SearchIndexStatus(false, 0, "elasticsearch", Alias);
        }

        Ensure(response, "count");
        var count = JsonNode.Parse(response.Body)?["count"]?.GetValue<long>() ?? 0;
        return new SearchIndexStatus(true, count, "elasticsearch", Alias);
    }

    public async Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken ct = default)
    {
        foreach (var chunk in documents.Chunk(BulkSize))
        {
            await BulkAsync(Alias, chunk, [], "wait_for", ct);
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        foreach (var chunk in ids.Chunk(BulkSize))
        {
            await BulkAsync(Alias, [], chunk, "wait_for", ct);
        }
    }

    /// <summary>Zero-downtime rebuild: template, new index, bulk, refresh, atomic alias swap, delete the old indices.</summary>
    public async Task<long> RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        await Send("PUT", $"_index_template/{Alias}", ElasticsearchRequests.IndexTemplate(Alias).ToJsonString(), ct);
        var index = NewIndexName();
        await Send("PUT", index, null, ct);
        long count = 0;
        try
        {
            var buffer = new List<SearchDocument>(BulkSize);
            await foreach (var d in documents.WithCancellation(ct))
            {
                buffer.Add(d);
                if (buffer.Count == BulkSize)
                {
                    await BulkAsync(index, buffer, [], "false", ct);
                    count += buffer.Count;
                    buffer.Clear();
                    progress?.Report(count);
                }
            }

            if (buffer.Count > 0)
            {
                await BulkAsync(index, buffer, [], "false", ct);
                count += buffer.Count;
            }

            await Send("POST", $"{index}/_refresh", null, ct);
        }
        catch
        {
            await transport.SendAsync("DELETE", index, null, CancellationToken.None);
            throw;
        }

        var old = await AliasIndicesAsync(ct);
        await Send("POST", "_aliases", ElasticsearchRequests.SwapAlias(Alias, index, old).ToJsonString(), ct);
        foreach (var o in old)
        {
            await Send("DELETE", o, null, ct);
        }

        progress?.Report(count);
        return count;
    }

    /// <summary>Indices the alias points to now (none when it does not exist yet).</summary>
    public async Task<IReadOnlyList<string>> AliasIndicesAsync(CancellationToken ct)
    {
        var response = await transport.SendAsync("GET", $"_alias/{Alias}", null, ct);
        if (response.StatusCode == 404)
        {
            return [];
        }

        Ensure(response, "alias");
        return JsonNode.Parse(response.Body)!.AsObject().Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
    }

    public string NewIndexName() => $"{Alias}-{clock.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";

    private async Task BulkAsync(string index, IReadOnlyCollection<SearchDocument> upserts, Guid[] deletes, string refresh, CancellationToken ct)
    {
        if (upserts.Count == 0 && deletes.Length == 0)
        {
            return;
        }

        var response = await Send("POST", $"_bulk?refresh={refresh}", ElasticsearchRequests.Bulk(index, upserts, deletes), ct);
        var root = JsonNode.Parse(response.Body);
        if (root?["errors"]?.GetValue<bool>() != true)
        {
            return;
        }

        // A delete of a missing document answers 404 in its item: that is fine. Anything else is an error.
        foreach (var item in root["items"]?.AsArray() ?? [])
        {
            var (op, result) = item!.AsObject().First();
            var status = result?["status"]?.GetValue<int>() ?? 0;
            if (status >= 300 && !(op == "delete" && status == 404))
            {
                throw new SearchEngineException($"Elasticsearch bulk {op} failed with {status}: {result?["error"]?.ToJsonString()}");
            }
        }
    }

    private async Task<ElasticsearchResponse> Send(string method, string path, string? body, CancellationToken ct)
    {
        var response = await transport.SendAsync(method, path, body, ct);
        Ensure(response, $"{method} {path}");
        return response;
    }

    private static void Ensure(ElasticsearchResponse response, string what)
    {
        if (!response.IsSuccess)
        {
            throw new SearchEngineException($"Elasticsearch {what} answered {response.StatusCode}: {Truncate(response.Body)}");
        }
    }

    private static string Truncate(string s) => s.Length <= 500 ? s : s[..500];
}

/// <summary>The search engine refused or failed a request.</summary>
public sealed class SearchEngineException(string message) : Exception(message);
