using Dixis.Api.Features.Catalog;
using Dixis.Api.Problems;

namespace Dixis.Api.Features.Search;

/// <summary>Text, filters, sort and page of <c>GET /api/v1/search</c>, validated; the storefront builds the same query.</summary>
/// <param name="Q">Text in Greek or Greeklish; empty to browse with filters only.</param>
/// <param name="Category">Category slug.</param>
/// <param name="Producer">Producer slug or id.</param>
/// <param name="Region">Region or island as shown on products.</param>
/// <param name="Label">Quality label: pdo, pgi, tsg or none.</param>
/// <param name="Organic">Only organic when true, only conventional when false.</param>
/// <param name="MinPrice">Lowest price in EUR, VAT included.</param>
/// <param name="MaxPrice">Highest price in EUR, VAT included.</param>
/// <param name="Sort">relevance (default), name, newest, price-asc, price-desc.</param>
/// <param name="Page">Page number from 1.</param>
/// <param name="PageSize">1 to 100.</param>
/// <param name="Facets">Compute facet counts.</param>
public sealed record SearchQuery(
    string? Q = null,
    string? Category = null,
    string? Producer = null,
    string? Region = null,
    string? Label = null,
    bool? Organic = null,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    string Sort = "relevance",
    int Page = 1,
    int PageSize = 24,
    bool Facets = true)
{
    /// <summary>The quality labels a search filters on.</summary>
    public static readonly string[] Labels = ["pdo", "pgi", "tsg", "none"];

    /// <summary>Field errors for anything out of range; empty when the query is usable.</summary>
    public FieldErrors Validate()
    {
        var errors = new ProductQuery(Category, Producer, MinPrice, MaxPrice, null, Organic, Q, Sort, Page, PageSize).Validate();
        errors.When(Region is { Length: > 100 } || (Region is not null && !TextRules.IsClean(Region)), "region", "text");
        errors.When(Label is not null && !Labels.Contains(Label.ToLowerInvariant()), "label", "quality-label");
        return errors;
    }
}
