using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Seeding;
using Dixis.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Hosting;

/// <summary>Migration and seeding, used by the migrate command and, in embedded mode only, at start-up.</summary>
public static class EmbeddedStartup
{
    /// <summary>True when <c>Database:MigrateOnStart</c> says so; the default is on for SQLite and off for MySQL.</summary>
    public static bool ShouldMigrateOnStart(IConfiguration configuration, DatabaseOptions options) =>
        configuration.GetValue("Database:MigrateOnStart", options.Provider == DatabaseProvider.Sqlite);

    public static async Task MigrateAsync(IServiceProvider services, bool seed, IProgress<string> progress, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        progress.Report($"migrations pending: {pending.Count}");
        await db.Database.MigrateAsync(ct);
        progress.Report("schema up to date");
        if (db.Database.IsSqlite())
        {
            // Write-ahead log (kept in the file): readers no longer block a writer's commit, so requests, the outbox
            // worker and jobs writing at once wait for each other less, and "database is locked" went away under load.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        if (scope.ServiceProvider.GetRequiredService<IBlobStorage>() is S3BlobStorage s3 && scope.ServiceProvider.GetRequiredService<StorageOptions>().CreateBucket)
        {
            await s3.EnsureBucketAsync(ct);
        }

        if (seed)
        {
            await scope.ServiceProvider.GetRequiredService<DemoCatalogueSeeder>().SeedAsync(progress, ct);
        }
    }
}
