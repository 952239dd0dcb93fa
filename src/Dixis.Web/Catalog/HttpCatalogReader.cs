using System.Globalization;
using System.Net.Http.Json;
using Dixis.Api.Features.Catalog;

namespace Dixis.Web.Catalog;

/// <summary>Production mode: reads the catalogue from the backend API (timeouts, retries and a circuit breaker come from the client's pipeline).</summary>
public sealed class HttpCatalogReader(HttpClient http) : ICatalogReader
{
    public async Task<IReadOnlyList<CategoryDto>> CategoriesAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<CategoryDto>>("api/v1/categories", ct) ?? [];

    public async Task<PagedResult<ProductSummary>> ProductsAsync(ProductQuery query, CancellationToken ct = default)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"api/v1/products?sort={query.Sort}&page={query.Page}&pageSize={query.PageSize}");
        if (!string.IsNullOrEmpty(query.Category))
        {
            url += "&category=" + Uri.EscapeDataString(query.Category);
        }

        if (!string.IsNullOrEmpty(query.Search))
        {
            url += "&search=" + Uri.EscapeDataString(query.Search);
        }

        return await http.GetFromJsonAsync<PagedResult<ProductSummary>>(url, ct) ?? new PagedResult<ProductSummary>([], query.Page, query.PageSize, 0);
    }
}
