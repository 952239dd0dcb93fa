using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dixis.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without a running host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DixisDbContext>
{
    public DixisDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<DixisDbContext>();
        DataServiceCollectionExtensions.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, "Data Source=design-time.db");
        return new DixisDbContext(builder.Options);
    }
}
