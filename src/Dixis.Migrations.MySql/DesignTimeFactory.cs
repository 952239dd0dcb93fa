using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dixis.Migrations.MySql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the MariaDB model without a server (the version is fixed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DixisDbContext>
{
    public DixisDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<DixisDbContext>();
        DataServiceCollectionExtensions.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.MySql }, "Server=127.0.0.1;Database=dixis_design;User=design;Password=design");
        return new DixisDbContext(builder.Options);
    }
}
