using Dixis.Api.Problems;

namespace Dixis.Api.Features.Catalog;

/// <summary>Filters, sort and page of <c>GET /api/v1/products</c>, validated.</summary>
public sealed record ProductQuery(
    string? Category = null,
    string? Producer = null,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    bool? Pdo = null,
    bool? Organic = null,
    string? Search = null,
    string Sort = "name",
    int Page = 1,
    int PageSize = 24)
{
    public static readonly string[] Sorts = ["relevance", "name", "newest", "price-asc", "price-desc"];

    /// <summary>Field errors for anything out of range; empty when the query is usable.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.When(Page < 1 || Page > 100_000, "page", "page");
        errors.When(PageSize is < 1 or > 100, "pageSize", "page-size");
        errors.When(MinPrice is < 0 or > 100_000, "minPrice", "price");
        errors.When(MaxPrice is < 0 or > 100_000, "maxPrice", "price");
        errors.When(MinPrice > MaxPrice, "minPrice", "price-range");
        errors.When(!Sorts.Contains(Sort), "sort", "sort");
        errors.When(Search is { Length: > 200 }, "search", "too-long");
        errors.When(Search is not null && (!TextRules.IsClean(Search) || Search.AsSpan().IndexOfAny('<', '>') >= 0), "search", "text");
        errors.When(Category is { Length: > 120 }, "category", "too-long");
        errors.When(Producer is { Length: > 160 }, "producer", "too-long");
        return errors;
    }
}
