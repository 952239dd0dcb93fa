using Dixis.Api.Features.Catalog;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Search;

/// <summary>Product search with facets and highlights, and autocomplete.</summary>
public static class SearchEndpoints
{
    private static readonly string[] Labels = ["pdo", "pgi", "tsg", "none"];

    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/search").WithTags("Search");

        group.MapGet("", Search)
            .WithName("SearchProducts")
            .WithSummary("Search products, with facets and highlighted snippets")
            .WithDescription("Greek or Greeklish text, with or without accents, in any case, with typos (one letter from 5 letters, two from 8). Facets: category, producer, region, qualityLabel (PDO/PGI), organic, price ranges. Filters take a facet's `value`. Sort: relevance (default), name, newest, price-asc, price-desc.");

        group.MapGet("/suggest", Suggest)
            .WithName("SuggestProducts")
            .WithSummary("Autocomplete product names")
            .WithDescription("Product names for what has been typed so far: earlier words whole, the last one as a prefix. Greek or Greeklish.");

        return api;
    }

    /// <summary>Searches products on sale.</summary>
    /// <param name="q">Text in Greek or Greeklish; empty to browse with filters only.</param>
    /// <param name="category">Category slug (facet <c>category</c>).</param>
    /// <param name="producer">Producer slug or id (facet <c>producer</c>).</param>
    /// <param name="region">Region or island as shown on products (facet <c>region</c>).</param>
    /// <param name="label">Quality label: pdo, pgi, tsg or none (facet <c>qualityLabel</c>).</param>
    /// <param name="organic">Only organic when true, only conventional when false.</param>
    /// <param name="minPrice">Lowest price in EUR, VAT included.</param>
    /// <param name="maxPrice">Highest price in EUR, VAT included.</param>
    /// <param name="sort">relevance (default), name, newest, price-asc, price-desc.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">1 to 100, default 24.</param>
    /// <param name="facets">Compute facet counts (default true).</param>
    /// <param name="engine">The search engine.</param>
    /// <param name="ct">Cancellation.</param>
    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        string? q, string? category, string? producer, string? region, string? label, bool? organic, decimal? minPrice, decimal? maxPrice,
        string? sort, int? page, int? pageSize, bool? facets, IProductSearch engine, CancellationToken ct)
    {
        var query = new ProductQuery(category, producer, minPrice, maxPrice, null, organic, q, sort ?? "relevance", page ?? 1, pageSize ?? 24);
        var errors = query.Validate();
        errors.When(region is { Length: > 100 } || (region is not null && !TextRules.IsClean(region)), "region", "text");
        errors.When(label is not null && !Labels.Contains(label.ToLowerInvariant()), "label", "quality-label");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var filters = new SearchFilters
        {
            Category = category,
            Producer = producer,
            Region = region,
            QualityLabel = label is null ? null : Enum.Parse<QualityLabel>(label, ignoreCase: true).ToString(),
            Organic = organic,
            MinPrice = minPrice,
            MaxPrice = maxPrice,
        };
        var result = await engine.SearchAsync(
            new SearchRequest(q, filters, CatalogQueries.SortOf(query.Sort), query.Page, query.PageSize, Facets: facets ?? true, Highlight: true), ct);
        var items = result.Hits.Select(ToItem).ToList();
        var facetDtos = result.Facets.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetValueDto>)f.Value.Select(v => new FacetValueDto(v.Value, v.Label, v.Count)).ToList(),
            StringComparer.Ordinal);
        return TypedResults.Ok(new SearchResponse(q, items, query.Page, query.PageSize, result.Total, facetDtos));
    }

    /// <summary>Autocomplete.</summary>
    /// <param name="q">What has been typed (1 to 100 characters).</param>
    /// <param name="size">Number of proposals, 1 to 20, default 8.</param>
    /// <param name="engine">The search engine.</param>
    /// <param name="ct">Cancellation.</param>
    private static async Task<Results<Ok<SuggestResponse>, ValidationProblem>> Suggest(string? q, int? size, IProductSearch engine, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!errors.When(string.IsNullOrWhiteSpace(q), "q", "required"))
        {
            errors.When(q!.Length > 100, "q", "too-long");
            errors.When(!TextRules.IsClean(q) || q.AsSpan().IndexOfAny('<', '>') >= 0, "q", "text");
        }

        errors.When(size is < 1 or > 20, "size", "suggest-size");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var suggestions = await engine.SuggestAsync(q!, size ?? 8, ct);
        return TypedResults.Ok(new SuggestResponse(q!, suggestions.Select(s => new SuggestionDto(s.Text, s.Slug, s.CategorySlug)).ToList()));
    }

    private static SearchItem ToItem(SearchHit hit)
    {
        var d = hit.Document;
        decimal? perUnit = d.Unit == nameof(SaleUnit.Piece) || d.NetQuantity <= 0 ? null : Math.Round(d.Price / d.NetQuantity, 2, MidpointRounding.AwayFromZero);
        return new SearchItem(d.Id, d.Slug, d.Name, hit.NameHtml, hit.SnippetHtml, d.Price, d.Unit, d.NetQuantity, perUnit, d.CategorySlug, d.CategoryName,
            d.ProducerSlug, d.ProducerName, d.Region, d.QualityLabel == nameof(QualityLabel.None) ? null : d.QualityLabel, d.IsOrganic, d.InStock,
            d.ImageKey is null ? null : CatalogQueries.MediaPrefix + d.ImageKey, hit.Score);
    }
}
