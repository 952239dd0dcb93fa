using Dixis.Api.Features.Catalog;

namespace Dixis.Web.Catalog;

/// <summary>Embedded mode: the storefront calls the same query code the API endpoints use, without a network hop.</summary>
public sealed class InProcessCatalogReader(CatalogQueries queries) : ICatalogReader
{
    public Task<IReadOnlyList<CategoryDto>> CategoriesAsync(CancellationToken ct = default) => queries.CategoriesAsync(ct);

    public Task<PagedResult<ProductSummary>> ProductsAsync(ProductQuery query, CancellationToken ct = default) => queries.ProductsAsync(query, ct);

    public Task<ProductDetail?> ProductAsync(string idOrSlug, CancellationToken ct = default) => queries.ProductAsync(idOrSlug, ct);

    public Task<PagedResult<ProducerSummary>> ProducersAsync(int page, int pageSize, CancellationToken ct = default) => queries.ProducersAsync(page, pageSize, ct);

    public Task<ProducerDetail?> ProducerAsync(string idOrSlug, CancellationToken ct = default) => queries.ProducerAsync(idOrSlug, ct);
}
