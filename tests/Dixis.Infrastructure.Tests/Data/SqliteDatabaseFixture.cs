using Dixis.Infrastructure.Data;
using Microsoft.Data.Sqlite;

namespace Dixis.Infrastructure.Tests.Data;

/// <summary>A SQLite file in a temporary folder (the folder itself is created by the Dixis configuration).</summary>
public sealed class SqliteDatabaseFixture : DatabaseFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dixis-it-" + Guid.NewGuid().ToString("N")[..8]);

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, Name + ".db") }.ToString());

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
