namespace Dixis.Api.Features.Catalog;

/// <summary>A page of results.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="TotalCount">Items over all pages.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>Number of pages.</summary>
    public int TotalPages => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>A category with the number of products on sale in it.</summary>
public sealed record CategoryDto(int Id, string Slug, string NameEl, string NameEn, int ProductCount);

/// <summary>A product as listed in the catalogue. Prices are in EUR with VAT included.</summary>
public sealed record ProductSummary(
    Guid Id,
    string Slug,
    string Name,
    decimal Price,
    string Unit,
    decimal NetQuantity,
    decimal? PricePerUnit,
    string CategorySlug,
    string CategoryName,
    string ProducerSlug,
    string ProducerName,
    string Region,
    string? QualityLabel,
    bool IsOrganic,
    bool InStock,
    string? ImageUrl);

/// <summary>A product page: everything Regulation 1169/2011 asks a seller to show.</summary>
public sealed record ProductDetail(
    ProductSummary Summary,
    string Description,
    string Ingredients,
    IReadOnlyList<string> Allergens,
    string Origin,
    string Storage,
    int? Stock,
    int WeightGrams,
    string VatRateClass,
    IReadOnlyList<string> ImageUrls);

/// <summary>A producer as listed publicly.</summary>
public sealed record ProducerSummary(Guid Id, string Slug, string BusinessName, string City, string Region, string Prefecture, string? Island, int ProductCount);

/// <summary>A producer page with the products on sale.</summary>
public sealed record ProducerDetail(ProducerSummary Summary, string Description, decimal? FreeShippingThreshold, IReadOnlyList<ProductSummary> Products);
