using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Outbox;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Jobs.Recurring;

/// <summary>
/// Nightly: applies what the outbox still holds, then compares the index with the products on sale and rebuilds
/// the index when they differ (a lost write, a restored database). Safe to run twice: a consistent index is left alone.
/// </summary>
public sealed class SearchIndexConsistencyJob(
    IServiceProvider services, IProductSearch search, SearchOutboxProcessor outbox, DixisDbContext db, ILogger<SearchIndexConsistencyJob> logger)
{
    /// <summary>Returns true when the index had to be rebuilt.</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        await outbox.ProcessPendingAsync(ct);
        var status = await search.StatusAsync(ct);
        var onSale = await SearchDocumentSource.CountAsync(db, ct);
        if (status.Exists && status.DocumentCount == onSale)
        {
            logger.LogInformation("Search index consistent: {Documents} documents", status.DocumentCount);
            return false;
        }

        logger.LogWarning("Search index has {Documents} documents for {OnSale} products on sale; rebuilding", status.DocumentCount, onSale);
        await SearchIndexMaintenance.RebuildAsync(services, new Hosting.LogProgress(logger), ct);
        return true;
    }
}
