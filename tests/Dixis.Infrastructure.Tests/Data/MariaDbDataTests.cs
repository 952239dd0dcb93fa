using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Tests.Data;

public sealed class MariaDbDataTests(MariaDbDatabaseFixture database) : DataTestsBase(database), IClassFixture<MariaDbDatabaseFixture>
{
    [SkippableFact]
    public async Task Migrated_tables_use_utf8mb4_even_when_the_database_default_is_not()
    {
        await using var db = await NewContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        var tableCollation = await ScalarAsync(connection,
            "SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = @schema AND TABLE_NAME = 'Products'");
        var columnCharset = await ScalarAsync(connection,
            "SELECT CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = @schema AND TABLE_NAME = 'Categories' AND COLUMN_NAME = 'NameEl'");
        var latin1Tables = await ScalarAsync(connection,
            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = @schema AND TABLE_COLLATION NOT LIKE 'utf8mb4%'");

        Assert.StartsWith("utf8mb4", tableCollation, StringComparison.Ordinal);
        Assert.Equal("utf8mb4", columnCharset);
        Assert.Equal("0", latin1Tables);
    }

    private async Task<string> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // constant SQL, the schema is a parameter
        command.CommandText = sql;
#pragma warning restore CA2100
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@schema";
        parameter.Value = Database.Name;
        command.Parameters.Add(parameter);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
