using Dixis.Infrastructure.Search;
using Xunit.Abstractions;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>The relevance suite on the embedded Lucene engine over the demo catalogue: the expected product in the top 3.</summary>
public sealed class LuceneRelevanceTests(DemoIndex index, ITestOutputHelper output) : IClassFixture<DemoIndex>
{
    [Fact]
    public void Suite_has_at_least_60_queries() => Assert.True(RelevanceCases.All.Count >= 60);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Expected_product_is_in_the_top_3(string kind, string query, string expected)
    {
        var result = await index.Search.SearchAsync(SearchRequest.For(query, pageSize: 5));
        var top = result.Hits.Select(h => h.Document.Name).ToList();
        foreach (var h in result.Hits)
        {
            output.WriteLine($"{h.Score,8:0.000}  {h.Document.Name}");
        }

        Assert.True(top.Take(3).Contains(expected), $"{kind}: '{query}' → [{string.Join(", ", top)}]");
    }

    public static TheoryData<string, string, string> Cases => RelevanceCases.All;
}
