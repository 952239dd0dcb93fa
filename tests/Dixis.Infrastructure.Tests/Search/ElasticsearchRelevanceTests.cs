using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Elasticsearch;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>
/// The same relevance suite on a live Elasticsearch, only when <c>DIXIS_TEST_ELASTICSEARCH_URL</c> is set (no
/// Elasticsearch can run on the build machines; these tests skip there, even with DIXIS_TEST_REQUIRE_SERVERS=1).
/// </summary>
public sealed class LiveElasticsearchIndex : IAsyncLifetime
{
    public static string? Url => Environment.GetEnvironmentVariable("DIXIS_TEST_ELASTICSEARCH_URL");

    public ElasticsearchProductSearch? Search { get; private set; }

    private readonly SearchOptions _options = new() { IndexAlias = "dixis-test-" + Guid.NewGuid().ToString("N")[..8] };
    private ElasticClientTransport? _transport;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Url))
        {
            return;
        }

        _transport = new ElasticClientTransport(new Uri(Url));
        Search = new ElasticsearchProductSearch(_transport, _options, TimeProvider.System);
        await Search.RebuildAsync(DemoIndex.Documents.ToAsyncEnumerable());
    }

    public async Task DisposeAsync()
    {
        if (_transport is not null && Search is not null)
        {
            foreach (var index in await Search.AliasIndicesAsync(CancellationToken.None))
            {
                await _transport.SendAsync("DELETE", index, null);
            }

            await _transport.SendAsync("DELETE", "_index_template/" + _options.IndexAlias, null);
        }
    }
}

public sealed class ElasticsearchRelevanceTests(LiveElasticsearchIndex index) : IClassFixture<LiveElasticsearchIndex>
{
    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Expected_product_is_in_the_top_3(string kind, string query, string expected)
    {
        Skip.If(index.Search is null, "DIXIS_TEST_ELASTICSEARCH_URL is not set: no live Elasticsearch here.");
        var result = await index.Search!.SearchAsync(SearchRequest.For(query, pageSize: 5));
        var top = result.Hits.Select(h => h.Document.Name).ToList();
        Assert.True(top.Take(3).Contains(expected), $"{kind}: '{query}' → [{string.Join(", ", top)}]");
    }

    public static TheoryData<string, string, string> Cases => RelevanceCases.All;
}
