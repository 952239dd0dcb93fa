using Dixis.Api.Features.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dixis.Api.Features.Health;

/// <summary>
/// Runs a catalogue search for a Greeklish word. Until the search engine issue lands, search is the database's
/// folded key; this check proves that path answers.
/// </summary>
public sealed class SearchHealthCheck(CatalogQueries catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await catalog.ProductsAsync(new ProductQuery(Search: "meli", PageSize: 1), cancellationToken);
        return HealthCheckResult.Healthy("database search key", new Dictionary<string, object> { ["engine"] = "database", ["probeHits"] = result.TotalCount });
    }
}
