using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dixis.Api.Features.Health;

/// <summary>
/// Checks the real search engine: the index (Lucene folder or Elasticsearch alias) exists and answers, and its
/// document count matches the products on sale in the database. A difference while outbox rows are pending is
/// normal catching up (Degraded); a difference with nothing pending means the index drifted (Degraded, run
/// <c>reindex</c>); a missing or unreachable index is Unhealthy.
/// </summary>
public sealed class SearchHealthCheck(IProductSearch search, DixisDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        SearchIndexStatus status;
        try
        {
            status = await search.StatusAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("search engine unreachable", e);
        }

        var onSale = await SearchDocumentSource.CountAsync(db, cancellationToken);
        var pending = await db.SearchOutbox.CountAsync(o => o.ProcessedAt == null, cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["engine"] = status.Engine,
            ["index"] = status.Location,
            ["documents"] = status.DocumentCount,
            ["productsOnSale"] = onSale,
            ["outboxPending"] = pending,
        };
        if (!status.Exists)
        {
            return HealthCheckResult.Unhealthy("search index missing", data: data);
        }

        if (status.DocumentCount != onSale)
        {
            return HealthCheckResult.Degraded(pending > 0 ? "search index catching up" : "search index differs from the database: run reindex", data: data);
        }

        return HealthCheckResult.Healthy("search index up to date", data);
    }
}
