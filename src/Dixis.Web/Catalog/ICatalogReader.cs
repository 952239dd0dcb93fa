using Dixis.Api.Features.Catalog;

namespace Dixis.Web.Catalog;

/// <summary>What the storefront reads of the catalogue: in-process when embedded, over HTTP in production.</summary>
public interface ICatalogReader
{
    Task<IReadOnlyList<CategoryDto>> CategoriesAsync(CancellationToken ct = default);

    /// <summary>A page of products; the query must have passed <see cref="ProductQuery.Validate"/>.</summary>
    Task<PagedResult<ProductSummary>> ProductsAsync(ProductQuery query, CancellationToken ct = default);

    /// <summary>One product on sale by slug or id; null when there is none.</summary>
    Task<ProductDetail?> ProductAsync(string idOrSlug, CancellationToken ct = default);

    /// <summary>Active producers, by name.</summary>
    Task<PagedResult<ProducerSummary>> ProducersAsync(int page, int pageSize, CancellationToken ct = default);

    /// <summary>One active producer by slug or id with its products on sale; null when there is none.</summary>
    Task<ProducerDetail?> ProducerAsync(string idOrSlug, CancellationToken ct = default);
}
