using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Catalog;

/// <summary>Public catalogue: products, categories.</summary>
public static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Catalogue");

        group.MapGet("/products", ListProducts)
            .WithName("ListProducts")
            .RequireAbuseLimit(RateLimitPolicies.Search, onlyWithQuery: "search")
            .WithSummary("List products on sale")
            .WithDescription("Filters by category or producer slug, price range, PDO and organic; `search` folds case, accents and final sigma and accepts Greeklish. Sorted by name, newest or price; paged.");

        group.MapGet("/products/{idOrSlug}", GetProduct)
            .WithName("GetProduct")
            .WithSummary("One product by id or slug");

        group.MapGet("/categories", ListCategories)
            .WithName("ListCategories")
            .WithSummary("Categories with their number of products on sale");

        return api;
    }

    /// <summary>Lists products on sale.</summary>
    /// <param name="category">Category slug, e.g. <c>meli</c>.</param>
    /// <param name="producer">Producer slug or id.</param>
    /// <param name="minPrice">Lowest price in EUR, VAT included.</param>
    /// <param name="maxPrice">Highest price in EUR, VAT included.</param>
    /// <param name="pdo">Only PDO (ΠΟΠ) products when true, only others when false.</param>
    /// <param name="organic">Only organic products when true.</param>
    /// <param name="search">Text in Greek or Greeklish, with or without accents.</param>
    /// <param name="sort">relevance (default with a search), name (default otherwise), newest, price-asc, price-desc.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">1 to 100, default 24.</param>
    /// <param name="queries">Catalogue reads.</param>
    /// <param name="ct">Cancellation.</param>
    private static async Task<Results<Ok<PagedResult<ProductSummary>>, ValidationProblem>> ListProducts(
        string? category, string? producer, decimal? minPrice, decimal? maxPrice, bool? pdo, bool? organic, string? search,
        string? sort, int? page, int? pageSize, CatalogQueries queries, CancellationToken ct)
    {
        var query = new ProductQuery(category, producer, minPrice, maxPrice, pdo, organic, search, sort ?? (string.IsNullOrWhiteSpace(search) ? "name" : "relevance"), page ?? 1, pageSize ?? 24);
        var errors = query.Validate();
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        return TypedResults.Ok(await queries.ProductsAsync(query, ct));
    }

    private static async Task<Results<Ok<ProductDetail>, ProblemHttpResult>> GetProduct(string idOrSlug, CatalogQueries queries, CancellationToken ct)
    {
        if (idOrSlug.Length > 220)
        {
            return ApiProblems.NotFound();
        }

        var product = await queries.ProductAsync(idOrSlug, ct);
        return product is null ? ApiProblems.NotFound() : TypedResults.Ok(product);
    }

    private static async Task<Ok<IReadOnlyList<CategoryDto>>> ListCategories(CatalogQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.CategoriesAsync(ct));
}
