using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Tests.Data;

/// <summary>
/// An empty database of one provider, migrated on first use. Creation is lazy so that a missing server
/// skips (or fails) each test instead of breaking the whole class.
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DbContextOptions<DixisDbContext>? _options;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The name of the database (MariaDB schema or SQLite file).</summary>
    public string Name { get; } = "dixis_it_" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Options of a migrated database; the first call creates and migrates it.</summary>
    public async Task<DbContextOptions<DixisDbContext>> OptionsAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_options is null)
            {
                var connectionString = await CreateDatabaseAsync();
                var builder = new DbContextOptionsBuilder<DixisDbContext>();
                DataServiceCollectionExtensions.Configure(builder, new DatabaseOptions { Provider = Provider }, connectionString);
                var options = builder.Options;
                await using (var db = new DixisDbContext(options))
                {
                    await db.Database.MigrateAsync();
                }

                _options = options;
            }

            return _options;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_options is not null)
        {
            await DropDatabaseAsync();
        }

        _gate.Dispose();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}
