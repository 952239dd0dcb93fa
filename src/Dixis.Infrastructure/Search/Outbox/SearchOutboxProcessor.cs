using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Search.Outbox;

/// <summary>
/// Applies pending outbox rows to the index: re-reads each product from the database, upserts those on sale and
/// deletes the others, then marks the rows processed. Idempotent (it indexes the current state, whatever the row
/// says), so a crash anywhere — before indexing, between indexing and marking — only means the rows are applied
/// again by the next run, in this process or another replica.
/// </summary>
public sealed class SearchOutboxProcessor(DixisDbContext db, IProductIndexer indexer, SearchOptions options, TimeProvider clock, ILogger<SearchOutboxProcessor> logger)
{
    /// <summary>Applies every pending row in batches; returns how many rows were processed.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            var batch = await db.SearchOutbox.Where(e => e.ProcessedAt == null).OrderBy(e => e.Id)
                .Take(Math.Max(1, options.OutboxBatchSize)).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }

            var ids = batch.Select(e => e.ProductId).Distinct().ToList();
            var documents = await SearchDocumentSource.LoadAsync(db, ids, ct);
            var onSale = documents.Select(d => d.Id).ToHashSet();
            await indexer.UpsertAsync(documents, ct);
            await indexer.DeleteAsync(ids.Where(id => !onSale.Contains(id)).ToList(), ct);

            var now = clock.GetUtcNow();
            foreach (var entry in batch)
            {
                entry.ProcessedAt = now;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += batch.Count;
            logger.LogDebug("Search outbox: {Rows} rows, {Upserts} upserts, {Deletes} deletes", batch.Count, documents.Count, ids.Count - documents.Count);
        }
    }

    /// <summary>Deletes processed rows older than <paramref name="age"/>; returns how many.</summary>
    public Task<int> PurgeProcessedAsync(TimeSpan age, CancellationToken ct = default)
    {
        var before = clock.GetUtcNow() - age;
        return db.SearchOutbox.Where(e => e.ProcessedAt != null && e.ProcessedAt < before).ExecuteDeleteAsync(ct);
    }
}
