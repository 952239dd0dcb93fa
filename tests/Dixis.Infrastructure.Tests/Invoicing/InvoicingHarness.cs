using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Invoicing;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Observability;
using Dixis.Infrastructure.Storage;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Tests.Invoicing;

/// <summary>
/// The real invoicing registration (<see cref="InvoicingServiceCollectionExtensions.AddDixisInvoicing"/>) on a real
/// database, local files and Hangfire's in-memory storage, so tests can see what was queued.
/// </summary>
public sealed class InvoicingHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _blobs = Path.Combine(Path.GetTempPath(), "dixis-invoices-" + Guid.NewGuid().ToString("N")[..8]);

    public InvoicingHarness(DbContextOptions<DixisDbContext> database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        Jobs = new InMemoryStorage();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DixisMetrics>();
        services.AddScoped(_ => new DixisDbContext(database));
        services.AddSingleton<IBlobStorage>(new LocalBlobStorage(_blobs));
        services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(Jobs));
        services.AddSingleton<JobEnqueuer>();
        services.AddDixisInvoicing(configuration);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public InMemoryStorage Jobs { get; }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public IServiceProvider Services => _services;

    /// <summary>Issues through a fresh scope, as a request or a job would.</summary>
    public async Task<IssuedInvoice> IssueAsync(InvoiceDraft draft)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync(draft);
    }

    /// <summary>Runs the transmission job of one document through a fresh scope.</summary>
    public async Task TransmitAsync(Guid id)
    {
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<TransmitInvoiceJob>().TransmitAsync(id, CancellationToken.None);
    }

    /// <summary>Ids of the documents whose transmission job waits on queue <c>greek</c>.</summary>
    public IReadOnlyList<Guid> QueuedTransmissions()
    {
        var monitoring = Jobs.GetMonitoringApi();
        return monitoring.EnqueuedJobs(JobQueues.Greek, 0, 10_000)
            .Where(j => j.Value.Job.Type == typeof(TransmitInvoiceJob))
            .Select(j => (Guid)j.Value.Job.Args[0])
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Jobs.Dispose();
        if (Directory.Exists(_blobs))
        {
            Directory.Delete(_blobs, recursive: true);
        }
    }
}
