using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Search;

/// <summary>Product search with facets and highlights, and autocomplete.</summary>
public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/search").WithTags("Search").RequireAbuseLimit(RateLimitPolicies.Search);

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
    /// <param name="queries">Search reads.</param>
    /// <param name="ct">Cancellation.</param>
    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        string? q, string? category, string? producer, string? region, string? label, bool? organic, decimal? minPrice, decimal? maxPrice,
        string? sort, int? page, int? pageSize, bool? facets, SearchQueries queries, CancellationToken ct)
    {
        var query = new SearchQuery(q, category, producer, region, label, organic, minPrice, maxPrice, sort ?? "relevance", page ?? 1, pageSize ?? 24, facets ?? true);
        var errors = query.Validate();
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        return TypedResults.Ok(await queries.SearchAsync(query, ct));
    }

    /// <summary>Autocomplete.</summary>
    /// <param name="q">What has been typed (1 to 100 characters).</param>
    /// <param name="size">Number of proposals, 1 to 20, default 8.</param>
    /// <param name="queries">Search reads.</param>
    /// <param name="ct">Cancellation.</param>
    private static async Task<Results<Ok<SuggestResponse>, ValidationProblem>> Suggest(string? q, int? size, SearchQueries queries, CancellationToken ct)
    {
        var errors = ValidateSuggest(q, size);
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        return TypedResults.Ok(await queries.SuggestAsync(q!, size ?? 8, ct));
    }

    /// <summary>Field errors of an autocomplete request; the storefront checks its own requests the same way.</summary>
    public static FieldErrors ValidateSuggest(string? q, int? size)
    {
        var errors = new FieldErrors();
        if (!errors.When(string.IsNullOrWhiteSpace(q), "q", "required"))
        {
            errors.When(q!.Length > 100, "q", "too-long");
            errors.When(!TextRules.IsClean(q) || q.AsSpan().IndexOfAny('<', '>') >= 0, "q", "text");
        }

        errors.When(size is < 1 or > 20, "size", "suggest-size");
        return errors;
    }
}
