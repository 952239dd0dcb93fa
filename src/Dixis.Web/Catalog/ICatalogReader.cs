using Dixis.Api.Features.Catalog;

namespace Dixis.Web.Catalog;

/// <summary>What the storefront reads of the catalogue: in-process when embedded, over HTTP in production.</summary>
public interface ICatalogReader
{
    Task<IReadOnlyList<CategoryDto>> CategoriesAsync(CancellationToken ct = default);

    Task<PagedResult<ProductSummary>> ProductsAsync(ProductQuery query, CancellationToken ct = default);
}
