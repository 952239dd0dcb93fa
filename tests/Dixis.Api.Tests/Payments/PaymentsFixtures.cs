using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Payments;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Payments;

/// <summary>
/// The real backend for payment tests: a recording <see cref="IPaymentOutcomeHandler"/> in place of orders, a known
/// sandbox secret (so tests can sign webhooks as the sandbox bank does), and for Viva a <see cref="FakeViva"/>.
/// </summary>
public abstract class PaymentsFixture : ApiFixture
{
    public const string SandboxSecret = "sandbox-secret-for-tests";

    public RecordingOutcomeHandler Outcomes { get; } = new();

    /// <summary>The local Viva, when <see cref="CardGateway"/> is viva.</summary>
    public FakeViva? Viva { get; private set; }

    public abstract string CardGateway { get; }

    protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings();

    public override async Task InitializeAsync()
    {
        if (CardGateway == PaymentProviders.Viva)
        {
            Viva = await FakeViva.StartAsync();
        }

        await base.InitializeAsync();
    }

    protected override IReadOnlyDictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(DatabaseSettings())
        {
            ["Payments:Gateway"] = CardGateway,
            ["Payments:Sandbox:WebhookSecret"] = SandboxSecret,
            ["Payments:CashOnDeliveryFee"] = "2.50",
        };
        foreach (var (key, value) in Viva?.Settings() ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IPaymentOutcomeHandler>(_ => Outcomes));
    }

    protected override async Task CleanUpAsync()
    {
        if (Viva is not null)
        {
            await Viva.DisposeAsync();
        }
    }
}

public abstract class SqlitePaymentsFixture : PaymentsFixture
{
    public override string ProviderName => "Sqlite";

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Dixis"] = $"Data Source={Path.Combine(Folder, "dixis.db")}",
    };
}

public abstract class MariaDbPaymentsFixture : PaymentsFixture
{
    private readonly string _database = "dixis_pay_" + Guid.NewGuid().ToString("N")[..8];

    public override string ProviderName => "MySql";

    protected override string? UnavailableReason() =>
        string.IsNullOrEmpty(TestServers.MySql) ? "MariaDB (DIXIS_TEST_MYSQL)" :
        string.IsNullOrEmpty(TestServers.Redis) ? "Redis (DIXIS_TEST_REDIS)" : null;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "MySql",
        ["ConnectionStrings:Dixis"] = $"{TestServers.MySql?.TrimEnd(';')};Database={_database}",
        ["ConnectionStrings:Redis"] = TestServers.Redis,
    };

    protected override async Task CleanUpAsync()
    {
        await base.CleanUpAsync();
        if (Unavailable is null)
        {
            await using var scope = Scope();
            await scope.ServiceProvider.GetRequiredService<DixisDbContext>().Database.EnsureDeletedAsync();
        }
    }
}

public sealed class SqliteSandboxFixture : SqlitePaymentsFixture
{
    public override string CardGateway => PaymentProviders.Sandbox;
}

public sealed class MariaDbSandboxFixture : MariaDbPaymentsFixture
{
    public override string CardGateway => PaymentProviders.Sandbox;
}

public sealed class SqliteVivaFixture : SqlitePaymentsFixture
{
    public override string CardGateway => PaymentProviders.Viva;
}

public sealed class MariaDbVivaFixture : MariaDbPaymentsFixture
{
    public override string CardGateway => PaymentProviders.Viva;
}
