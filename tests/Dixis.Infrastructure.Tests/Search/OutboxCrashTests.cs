using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Lucene;
using Dixis.Infrastructure.Search.Outbox;
using Dixis.Infrastructure.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>
/// The outbox keeps the index in step with the database: rows are written in the same SaveChanges as the change,
/// and a process that dies after the commit but before indexing loses nothing — the next process catches up.
/// </summary>
public abstract class OutboxCrashTests(DatabaseFixture database) : IDisposable
{
    private readonly string _indexFolder = Path.Combine(Path.GetTempPath(), "dixis-outbox-" + Guid.NewGuid().ToString("N")[..8]);

    [SkippableFact]
    public async Task A_crash_between_commit_and_indexing_is_recovered_by_the_next_process()
    {
        var options = await database.OptionsAsync();
        var (producerId, categoryId) = await SeedProducerAsync(options);

        // Process 1: the index is open, a product is approved and committed... and the process dies before indexing.
        Guid productId;
        using (var firstIndex = new LuceneProductSearch(_indexFolder))
        {
            await using var db = new DixisDbContext(options);
            var product = NewProduct(producerId, categoryId, "Μέλι Ελάτης Μαινάλου");
            db.Products.Add(product);
            await db.SaveChangesAsync();
            productId = product.Id;
            var row = await db.SearchOutbox.SingleAsync(e => e.ProductId == productId);
            Assert.Null(row.ProcessedAt);
            Assert.Equal(0, (await firstIndex.SearchAsync(SearchRequest.For("elatis"))).Total);
        }

        // Process 2: a new index instance and a new processor over the same folder and database.
        using var index = new LuceneProductSearch(_indexFolder);
        await using (var db = new DixisDbContext(options))
        {
            var applied = await Processor(db, index).ProcessPendingAsync();
            Assert.True(applied >= 1);
        }

        var found = await index.SearchAsync(SearchRequest.For("meli elatis"));
        Assert.Equal(productId, Assert.Single(found.Hits).Document.Id);
        await using (var db = new DixisDbContext(options))
        {
            Assert.False(await db.SearchOutbox.AnyAsync(e => e.ProductId == productId && e.ProcessedAt == null));
        }

        // Processing again is harmless (idempotent) and finds nothing pending.
        await using (var db = new DixisDbContext(options))
        {
            Assert.Equal(0, await Processor(db, index).ProcessPendingAsync());
        }

        // A rejection writes a row in the same SaveChanges; after processing the product leaves the index.
        await using (var db = new DixisDbContext(options))
        {
            var product = await db.Products.SingleAsync(p => p.Id == productId);
            product.Approval = ApprovalStatus.Rejected;
            await db.SaveChangesAsync();
            await Processor(db, index).ProcessPendingAsync();
        }

        Assert.Equal(0, (await index.SearchAsync(SearchRequest.For("meli elatis"))).Total);
    }

    [SkippableFact]
    public async Task Outbox_rows_commit_or_roll_back_with_the_product_change()
    {
        var options = await database.OptionsAsync();
        var (producerId, categoryId) = await SeedProducerAsync(options);
        await using var db = new DixisDbContext(options);
        var before = await db.SearchOutbox.CountAsync();
        // MariaDB's retrying strategy wants user transactions inside the strategy.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Products.Add(NewProduct(producerId, categoryId, "Τσάι Ολύμπου"));
            await db.SaveChangesAsync();
            Assert.Equal(before + 1, await db.SearchOutbox.CountAsync());
            await tx.RollbackAsync();
        });

        db.ChangeTracker.Clear();
        Assert.Equal(before, await db.SearchOutbox.CountAsync());

        // A producer edit queues every product of the producer (their documents carry its name and region).
        var producer = await db.Producers.SingleAsync(p => p.Id == producerId);
        db.Products.Add(NewProduct(producerId, categoryId, "Ρίγανη Ολύμπου"));
        await db.SaveChangesAsync();
        producer.BusinessName = "Βότανα Ολύμπου Νέα";
        await db.SaveChangesAsync();
        Assert.True(await db.SearchOutbox.CountAsync(e => e.ProcessedAt == null) >= 2);
    }

    private static SearchOutboxProcessor Processor(DixisDbContext db, IProductIndexer index) =>
        new(db, index, new SearchOptions(), TimeProvider.System, NullLogger<SearchOutboxProcessor>.Instance);

    private static async Task<(Guid ProducerId, int CategoryId)> SeedProducerAsync(DbContextOptions<DixisDbContext> options)
    {
        await using var db = new DixisDbContext(options);
        var slug = "outbox-" + Guid.NewGuid().ToString("N")[..6];
        var category = new Category { Slug = slug, NameEl = "Μέλι", NameEn = "Honey" };
        var producer = new Producer
        {
            Slug = slug,
            BusinessName = "Μελισσοκομία Μαινάλου",
            Afm = "126018150",
            TaxOffice = "ΔΟΥ Τρίπολης",
            Street = "Οδός 1",
            City = "Βυτίνα",
            PostalCode = "22010",
            Region = "Πελοπόννησος",
            Prefecture = "Αρκαδία",
            Status = ProducerStatus.Active,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Categories.Add(category);
        db.Producers.Add(producer);
        await db.SaveChangesAsync();
        return (producer.Id, category.Id);
    }

    private static Product NewProduct(Guid producerId, int categoryId, string name) => new()
    {
        ProducerId = producerId,
        CategoryId = categoryId,
        Name = name,
        Slug = "p-" + Guid.NewGuid().ToString("N")[..10],
        Description = "Μέλι από έλατο.",
        Price = 12.5m,
        Approval = ApprovalStatus.Approved,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    public void Dispose()
    {
        if (Directory.Exists(_indexFolder))
        {
            Directory.Delete(_indexFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteOutboxCrashTests(SqliteDatabaseFixture database) : OutboxCrashTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class MariaDbOutboxCrashTests(MariaDbDatabaseFixture database) : OutboxCrashTests(database), IClassFixture<MariaDbDatabaseFixture>;
