using Dixis.Infrastructure.Search.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Data;

/// <summary>Registers the database for the configured provider.</summary>
public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Dixis.Migrations.Sqlite";
    public const string MySqlMigrationsAssembly = "Dixis.Migrations.MySql";
    public const string DefaultSqliteConnection = "Data Source=data/dixis.db";

    /// <summary>
    /// Adds <see cref="DixisDbContext"/> on the provider named by <c>Database:Provider</c> and the connection
    /// string <c>ConnectionStrings:Dixis</c>; the embedded default is SQLite under ./data.
    /// </summary>
    public static IServiceCollection AddDixisData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Dixis");
        services.AddSingleton(options);
        services.AddDbContextPool<DixisDbContext>(db => Configure(db, options, connectionString));
        return services;
    }

    /// <summary>Applies the provider choice to a context builder (also used by design-time factories and tests).</summary>
    public static void Configure(DbContextOptionsBuilder db, DatabaseOptions options, string? connectionString)
    {
        // Every product change writes its search outbox rows in the same SaveChanges.
        db.AddInterceptors(SearchOutboxInterceptor.Instance, Infrastructure.Gdpr.AppendOnlyGuard.Instance);
        switch (options.Provider)
        {
            case DatabaseProvider.MySql:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("ConnectionStrings:Dixis is required when Database:Provider is MySql.");
                }

                db.UseMySql(connectionString, ServerVersion.Parse(options.ServerVersion), my => my
                    .MigrationsAssembly(MySqlMigrationsAssembly)
                    .EnableRetryOnFailure(3));
                break;
            default:
                var sqlite = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString;
                EnsureSqliteFolder(sqlite);
                db.UseSqlite(sqlite, s => s.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
