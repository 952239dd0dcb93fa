using Dixis.Infrastructure.Data;
using MySqlConnector;

namespace Dixis.Infrastructure.Tests.Data;

/// <summary>
/// A database of its own on the test MariaDB. It is created with the latin1 character set on purpose: the
/// server's default must not matter, the migration alone has to make every table utf8mb4 (the official MariaDB
/// images before 11.6 default to latin1).
/// </summary>
public sealed class MariaDbDatabaseFixture : DatabaseFixture
{
    private string? _server;

    public override DatabaseProvider Provider => DatabaseProvider.MySql;

    protected override async Task<string> CreateDatabaseAsync()
    {
        _server = TestServers.MySql;
        await ExecuteAsync($"CREATE DATABASE `{Name}` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        return new MySqlConnectionStringBuilder(_server) { Database = Name, MaximumPoolSize = 200 }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        MySqlConnection.ClearAllPools();
        try
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS `{Name}`");
        }
        catch (MySqlException)
        {
            // A loaded server may refuse one connection; a second try keeps a passed class from failing at clean-up.
            await Task.Delay(TimeSpan.FromSeconds(2));
            await ExecuteAsync($"DROP DATABASE IF EXISTS `{Name}`");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new MySqlConnection(_server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the only variable part is Name, a generated identifier
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
