using System.Net.Http.Json;
using Dixis.Api.Features.Search;
using Dixis.Web.Hosting;

namespace Dixis.Web.Search;

/// <summary>Production mode: <c>GET api/v1/search</c> and <c>api/v1/search/suggest</c> through the resilient client.</summary>
public sealed class HttpSearchReader(HttpClient http) : ISearchReader
{
    public async Task<SearchResponse> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        var url = new UrlBuilder("api/v1/search")
            .Add("q", query.Q)
            .Add("category", query.Category)
            .Add("producer", query.Producer)
            .Add("region", query.Region)
            .Add("label", query.Label)
            .Add("organic", query.Organic)
            .Add("minPrice", query.MinPrice)
            .Add("maxPrice", query.MaxPrice)
            .Add("sort", query.Sort)
            .Add("page", query.Page)
            .Add("pageSize", query.PageSize)
            .Add("facets", query.Facets)
            .ToString();
        return await http.GetFromJsonAsync<SearchResponse>(url, ct)
            ?? throw new HttpRequestException("The search API answered an empty body.");
    }

    public async Task<SuggestResponse> SuggestAsync(string q, int size, CancellationToken ct = default) =>
        await http.GetFromJsonAsync<SuggestResponse>(new UrlBuilder("api/v1/search/suggest").Add("q", q).Add("size", size).ToString(), ct)
        ?? new SuggestResponse(q, []);
}
