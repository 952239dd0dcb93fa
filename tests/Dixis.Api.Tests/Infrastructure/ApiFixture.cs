using Dixis.Api.Hosting;
using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Infrastructure;

/// <summary>
/// The real backend on a real database, migrated and seeded with the demo catalogue once per test class.
/// Derived fixtures choose the provider; the suites run unchanged on each.
/// </summary>
public abstract class ApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@test.dixis.local";
    public const string AdminPassword = "Admin-Test-2026!x";

    private readonly string _folder = Directory.CreateTempSubdirectory("dixis-api-tests-").FullName;

    /// <summary>Why this fixture cannot run here (a missing server), or null.</summary>
    public string? Unavailable { get; private set; }

    public string Folder => _folder;

    public abstract string ProviderName { get; }

    protected abstract IReadOnlyDictionary<string, string?> Settings();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:LocalPath", Path.Combine(_folder, "blobs"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_folder, "keys"));
        builder.UseSetting("Search:LucenePath", Path.Combine(_folder, "search"));
        builder.UseSetting("Seed:AdminEmail", AdminEmail);
        builder.UseSetting("Seed:AdminPassword", AdminPassword);
        builder.UseSetting("RateLimits:AuthPerMinute", "100000");
        foreach (var limit in new[] { "SearchPerIpPerMinute", "SearchPerUserPerMinute", "CheckoutPerIpPerMinute", "CheckoutPerUserPerMinute" })
        {
            builder.UseSetting("RateLimits:" + limit, "100000");
        }

        builder.UseSetting("Database:MigrateOnStart", "false");
        builder.UseSetting("Mail:PickupPath", Path.Combine(_folder, "mail"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // Dixis's own identity (example values), so commission invoices can be issued.
        builder.UseSetting("Platform:LegalName", "Dixis Δοκιμαστική ΙΚΕ");
        builder.UseSetting("Platform:Afm", "094014201");
        builder.UseSetting("Platform:TaxOffice", "ΔΟΥ Α' Αθηνών");
        builder.UseSetting("Platform:Street", "Πανεπιστημίου 1");
        builder.UseSetting("Platform:City", "Αθήνα");
        builder.UseSetting("Platform:PostalCode", "10564");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    public virtual async Task InitializeAsync()
    {
        Unavailable = UnavailableReason();
        if (Unavailable is not null)
        {
            return;
        }

        await EmbeddedStartup.MigrateAsync(Services, seed: true, new SyncProgress(_ => { }));
        await SearchIndexMaintenance.EnsureIndexAsync(Services, new SyncProgress(_ => { }));
    }

    /// <summary>Applies pending search outbox rows now (the in-process worker would within a second).</summary>
    public async Task<int> ProcessSearchOutboxAsync()
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<SearchOutboxProcessor>().ProcessPendingAsync();
    }

    /// <summary>Skips or fails (see <see cref="TestServers"/>) when the fixture's server is missing.</summary>
    public void EnsureAvailable() => TestServers.Require(Unavailable is null ? "ok" : null, Unavailable ?? "");

    protected virtual string? UnavailableReason() => null;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await CleanUpAsync();
        await DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by the host is removed with the temp folder later.
        }
    }

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    /// <summary>A fresh scope on the app's services, for asserting on the database.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();
}

/// <summary>Embedded configuration: SQLite file, memory cache, local files.</summary>
public sealed class SqliteApiFixture : ApiFixture
{
    public override string ProviderName => "Sqlite";

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Dixis"] = $"Data Source={Path.Combine(Folder, "dixis.db")}",
    };
}

/// <summary>Production configuration: a real MariaDB database of its own and the real Redis for cache and keys.</summary>
public sealed class MariaDbApiFixture : ApiFixture
{
    private readonly string _database = "dixis_api_" + Guid.NewGuid().ToString("N")[..8];

    public override string ProviderName => "MySql";

    protected override string? UnavailableReason() =>
        string.IsNullOrEmpty(TestServers.MySql) ? "MariaDB (DIXIS_TEST_MYSQL)" :
        string.IsNullOrEmpty(TestServers.Redis) ? "Redis (DIXIS_TEST_REDIS)" : null;

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "MySql",
        ["ConnectionStrings:Dixis"] = $"{TestServers.MySql?.TrimEnd(';')};Database={_database}",
        ["ConnectionStrings:Redis"] = TestServers.Redis,
    };

    protected override async Task CleanUpAsync()
    {
        if (Unavailable is null)
        {
            await using var scope = Scope();
            await scope.ServiceProvider.GetRequiredService<Dixis.Infrastructure.Data.DixisDbContext>().Database.EnsureDeletedAsync();
        }
    }
}
