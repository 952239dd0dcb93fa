using Dixis.Api.Features.Catalog;
using Dixis.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Producers;

/// <summary>Public producer pages.</summary>
public static class ProducerEndpoints
{
    public static RouteGroupBuilder MapProducerEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/producers").WithTags("Producers");
        group.MapGet("", List).WithName("ListProducers").WithSummary("Active producers, paged");
        group.MapGet("/{idOrSlug}", Get).WithName("GetProducer").WithSummary("One producer with its products on sale");
        return api;
    }

    private static async Task<Results<Ok<PagedResult<ProducerSummary>>, ValidationProblem>> List(int? page, int? pageSize, CatalogQueries queries, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(page is < 1 or > 100_000, "page", "page");
        errors.When(pageSize is < 1 or > 100, "pageSize", "page-size");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        return TypedResults.Ok(await queries.ProducersAsync(page ?? 1, pageSize ?? 24, ct));
    }

    private static async Task<Results<Ok<ProducerDetail>, ProblemHttpResult>> Get(string idOrSlug, CatalogQueries queries, CancellationToken ct)
    {
        var producer = idOrSlug.Length > 160 ? null : await queries.ProducerAsync(idOrSlug, ct);
        return producer is null ? ApiProblems.NotFound() : TypedResults.Ok(producer);
    }
}
