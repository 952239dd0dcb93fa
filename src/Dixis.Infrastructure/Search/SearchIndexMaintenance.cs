using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Search.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Search;

/// <summary>Start-up and command-line maintenance of the index: first build, full rebuild, catching up with the outbox.</summary>
public static class SearchIndexMaintenance
{
    /// <summary>
    /// Builds the index when it is empty or missing while the database has products on sale (first start after
    /// seeding), then applies pending outbox rows.
    /// </summary>
    public static async Task EnsureIndexAsync(IServiceProvider services, IProgress<string> progress, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DixisDbContext>();
        var status = await sp.GetRequiredService<IProductSearch>().StatusAsync(ct);
        if (!status.Exists || status.DocumentCount == 0)
        {
            var onSale = await SearchDocumentSource.CountAsync(db, ct);
            if (onSale > 0)
            {
                await RebuildAsync(services, progress, ct);
                return;
            }
        }

        var applied = await sp.GetRequiredService<SearchOutboxProcessor>().ProcessPendingAsync(ct);
        progress.Report($"search index: {status.DocumentCount} documents, {applied} outbox rows applied");
    }

    /// <summary>
    /// Rebuilds the whole index from the database, then re-applies the outbox rows written since the rebuild began
    /// (a change committed while the rebuild read the database may have reached only the old index).
    /// </summary>
    public static async Task<long> RebuildAsync(IServiceProvider services, IProgress<string> progress, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DixisDbContext>();
        var started = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var total = await SearchDocumentSource.CountAsync(db, ct);
        progress.Report($"search index: rebuilding {total} products");
        var count = await sp.GetRequiredService<IProductIndexer>().RebuildAsync(
            SearchDocumentSource.AllAsync(db), new Progress<long>(n => progress.Report($"search index: {n}/{total}")), ct);
        await db.SearchOutbox.Where(e => e.CreatedAt >= started).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProcessedAt, (DateTimeOffset?)null), ct);
        var applied = await sp.GetRequiredService<SearchOutboxProcessor>().ProcessPendingAsync(ct);
        progress.Report($"search index: {count} documents indexed, {applied} outbox rows applied");
        return count;
    }
}
