using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Features.Catalog;
using Dixis.Web.Hosting;

namespace Dixis.Web.Catalog;

/// <summary>Production mode: reads the catalogue from the backend API (timeouts, retries and a circuit breaker come from the client's pipeline).</summary>
public sealed class HttpCatalogReader(HttpClient http) : ICatalogReader
{
    public async Task<IReadOnlyList<CategoryDto>> CategoriesAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<CategoryDto>>("api/v1/categories", ct) ?? [];

    public async Task<PagedResult<ProductSummary>> ProductsAsync(ProductQuery query, CancellationToken ct = default)
    {
        var url = new UrlBuilder("api/v1/products")
            .Add("category", query.Category)
            .Add("producer", query.Producer)
            .Add("minPrice", query.MinPrice)
            .Add("maxPrice", query.MaxPrice)
            .Add("pdo", query.Pdo)
            .Add("organic", query.Organic)
            .Add("search", query.Search)
            .Add("sort", query.Sort)
            .Add("page", query.Page)
            .Add("pageSize", query.PageSize)
            .ToString();
        return await http.GetFromJsonAsync<PagedResult<ProductSummary>>(url, ct) ?? new PagedResult<ProductSummary>([], query.Page, query.PageSize, 0);
    }

    public Task<ProductDetail?> ProductAsync(string idOrSlug, CancellationToken ct = default) =>
        GetOrNullAsync<ProductDetail>("api/v1/products/" + Uri.EscapeDataString(idOrSlug), ct);

    public async Task<PagedResult<ProducerSummary>> ProducersAsync(int page, int pageSize, CancellationToken ct = default) =>
        await http.GetFromJsonAsync<PagedResult<ProducerSummary>>(new UrlBuilder("api/v1/producers").Add("page", page).Add("pageSize", pageSize).ToString(), ct)
        ?? new PagedResult<ProducerSummary>([], page, pageSize, 0);

    public Task<ProducerDetail?> ProducerAsync(string idOrSlug, CancellationToken ct = default) =>
        GetOrNullAsync<ProducerDetail>("api/v1/producers/" + Uri.EscapeDataString(idOrSlug), ct);

    // 404 is an answer (no such product); anything else that is not 2xx means the API is not serving.
    private async Task<T?> GetOrNullAsync<T>(string url, CancellationToken ct)
        where T : class
    {
        using var response = await http.GetAsync(url, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(ct);
    }
}
