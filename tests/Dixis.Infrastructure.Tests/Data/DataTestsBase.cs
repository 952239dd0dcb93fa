using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Tests.Data;

/// <summary>What every database provider must do the same way; each provider derives a test class.</summary>
public abstract class DataTestsBase(DatabaseFixture database)
{
    private const string GreekName = "Γλυκά του κουταλιού ΐΰ ς";

    protected DatabaseFixture Database => database;

    [SkippableFact]
    public async Task Migrating_from_empty_leaves_no_pending_migrations_or_model_changes()
    {
        await using var db = await NewContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model differs from the migrations' snapshot: add a migration");
    }

    [SkippableFact]
    public async Task Greek_text_round_trips_unchanged()
    {
        int id;
        await using (var db = await NewContextAsync())
        {
            var category = new Category { Slug = "glyka-" + Suffix(), NameEl = GreekName, NameEn = "Spoon sweets" };
            db.Categories.Add(category);
            await db.SaveChangesAsync();
            id = category.Id;
        }

        await using (var db = await NewContextAsync())
        {
            var read = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == id);
            Assert.Equal(GreekName, read.NameEl);
            Assert.Equal(GreekName.Normalize(), read.NameEl.Normalize());
            Assert.True(await db.Categories.AnyAsync(c => c.Id == id && c.NameEl == GreekName), "a Greek parameter must match the stored text");
        }
    }

    [SkippableFact]
    public async Task Concurrent_reservations_never_take_more_than_the_stock()
    {
        var productId = await CreateProductAsync(stock: 10);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await using var db = await NewContextAsync();
            return await StockReservations.TryReserveAsync(db, productId, 1);
        })));

        Assert.Equal(10, results.Count(r => r));
        Assert.Equal(0, await StockOfAsync(productId));
    }

    [SkippableFact]
    public async Task A_reservation_larger_than_the_stock_fails_and_changes_nothing()
    {
        var productId = await CreateProductAsync(stock: 3);
        await using var db = await NewContextAsync();

        Assert.False(await StockReservations.TryReserveAsync(db, productId, 4));
        Assert.Equal(3, await StockOfAsync(productId));
        Assert.True(await StockReservations.TryReserveAsync(db, productId, 3));
        Assert.Equal(0, await StockOfAsync(productId));
        Assert.False(await StockReservations.TryReserveAsync(db, productId, 1));
        Assert.Equal(0, await StockOfAsync(productId));
    }

    [SkippableFact]
    public async Task Unlimited_stock_always_succeeds_and_stays_unlimited()
    {
        var productId = await CreateProductAsync(stock: null);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await using var db = await NewContextAsync();
            return await StockReservations.TryReserveAsync(db, productId, 5);
        })));

        Assert.All(results, Assert.True);
        Assert.Null(await StockOfAsync(productId));
        await using var release = await NewContextAsync();
        await StockReservations.ReleaseAsync(release, productId, 5);
        Assert.Null(await StockOfAsync(productId));
    }

    [SkippableFact]
    public async Task Release_gives_the_units_back()
    {
        var productId = await CreateProductAsync(stock: 10);
        await using var db = await NewContextAsync();

        Assert.True(await StockReservations.TryReserveAsync(db, productId, 4));
        Assert.Equal(6, await StockOfAsync(productId));
        await StockReservations.ReleaseAsync(db, productId, 4);

        Assert.Equal(10, await StockOfAsync(productId));
    }

    [SkippableFact]
    public async Task Reserving_a_missing_product_fails()
    {
        await using var db = await NewContextAsync();

        Assert.False(await StockReservations.TryReserveAsync(db, Guid.NewGuid(), 1));
    }

    [SkippableFact]
    public async Task Reserving_zero_or_negative_units_is_rejected()
    {
        var productId = await CreateProductAsync(stock: 10);
        await using var db = await NewContextAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => StockReservations.TryReserveAsync(db, productId, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => StockReservations.ReleaseAsync(db, productId, -1));
        Assert.Equal(10, await StockOfAsync(productId));
    }

    protected async Task<DixisDbContext> NewContextAsync() => new(await database.OptionsAsync());

    private static string Suffix() => Guid.NewGuid().ToString("N")[..12];

    private async Task<int?> StockOfAsync(Guid productId)
    {
        await using var db = await NewContextAsync();
        return await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync();
    }

    private async Task<Guid> CreateProductAsync(int? stock)
    {
        await using var db = await NewContextAsync();
        var suffix = Suffix();
        var now = DateTimeOffset.UtcNow;
        var category = new Category { Slug = "meli-" + suffix, NameEl = "Μέλι", NameEn = "Honey" };
        var producer = new Producer
        {
            Slug = "melissokomos-" + suffix,
            BusinessName = "Μελισσοκομία Κρήτης",
            Afm = "094014201",
            TaxOffice = "Ηρακλείου",
            Street = "Λεωφόρος Κνωσού 1",
            City = "Ηράκλειο",
            PostalCode = "71306",
            CreatedAt = now,
        };
        var product = new Product
        {
            Name = "Θυμαρίσιο μέλι",
            Slug = "thymarisio-meli-" + suffix,
            Price = 12.50m,
            Stock = stock,
            Producer = producer,
            Category = category,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    }
}
