using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dixis.Infrastructure.Search.Outbox;

/// <summary>
/// Adds a <see cref="SearchOutboxEntry"/> for every product whose indexed state may change — a product added,
/// modified or deleted, or a producer or category edited (their names, region and status are part of each of
/// their products' documents) — to the very <c>SaveChanges</c> that makes the change, so the change and its
/// outbox rows commit together or not at all. Stateless: one instance serves every context.
/// </summary>
/// <remarks>Bulk statements (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>) bypass the change tracker and so this interceptor.</remarks>
public sealed class SearchOutboxInterceptor : SaveChangesInterceptor
{
    public static readonly SearchOutboxInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is DixisDbContext db)
        {
            AddEntriesAsync(db, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DixisDbContext db)
        {
            await AddEntriesAsync(db, sync: false, cancellationToken);
        }

        return result;
    }

    private static async Task AddEntriesAsync(DixisDbContext db, bool sync, CancellationToken ct)
    {
        var changes = new Dictionary<Guid, SearchOutboxOperation>();
        var producerIds = new List<Guid>();
        var categoryIds = new List<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry)
            {
                case { Entity: Product p, State: EntityState.Added or EntityState.Modified }:
                    changes[p.Id] = SearchOutboxOperation.Upsert;
                    break;
                case { Entity: Product p, State: EntityState.Deleted }:
                    changes[p.Id] = SearchOutboxOperation.Delete;
                    break;
                case { Entity: Producer p, State: EntityState.Modified or EntityState.Deleted }:
                    producerIds.Add(p.Id);
                    break;
                case { Entity: Category c, State: EntityState.Modified } when Changed(entry, nameof(Category.NameEl), nameof(Category.Slug)):
                    categoryIds.Add(c.Id);
                    break;
            }
        }

        if (producerIds.Count > 0 || categoryIds.Count > 0)
        {
            var query = db.Products.AsNoTracking().Where(p => producerIds.Contains(p.ProducerId) || categoryIds.Contains(p.CategoryId)).Select(p => p.Id);
            var related = sync ? query.ToList() : await query.ToListAsync(ct);
            foreach (var id in related)
            {
                changes.TryAdd(id, SearchOutboxOperation.Upsert);
            }
        }

        if (changes.Count == 0)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var (id, operation) in changes)
        {
            db.Set<SearchOutboxEntry>().Add(new SearchOutboxEntry { ProductId = id, Operation = operation, CreatedAt = now });
        }
    }

    private static bool Changed(EntityEntry entry, params string[] properties) =>
        properties.Any(p => entry.Property(p).IsModified);
}
