using Dixis.Api.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dixis.Web.Tests;

/// <summary>The storefront in embedded mode (API in-process, SQLite, local files), migrated and seeded.</summary>
public sealed class StorefrontFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dixis-web-tests-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Dixis", $"Data Source={Path.Combine(_folder, "dixis.db")}");
        builder.UseSetting("Storage:LocalPath", Path.Combine(_folder, "blobs"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_folder, "keys"));
        builder.UseSetting("Search:LucenePath", Path.Combine(_folder, "search"));
        builder.UseSetting("Seed:AdminPassword", "Admin-Test-2026!x");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public async Task InitializeAsync()
    {
        await EmbeddedStartup.MigrateAsync(Services, seed: true, new SyncProgress(_ => { }));
        await Dixis.Infrastructure.Search.SearchIndexMaintenance.EnsureIndexAsync(Services, new SyncProgress(_ => { }));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
