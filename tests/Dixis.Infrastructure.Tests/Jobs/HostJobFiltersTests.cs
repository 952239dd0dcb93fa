using Dixis.Infrastructure.Jobs;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Tests.Jobs;

/// <summary>
/// Several hosts in one process (the test fixtures) each keep their own job filters and activator: a job of a live
/// host never runs the metrics filter of a host that was disposed (it did, through Hangfire's global filter list).
/// </summary>
public sealed class HostJobFiltersTests
{
    private static ServiceProvider Host(int retryAttempts)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:RetryAttempts"] = retryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddDixisJobs(configuration);
        var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<IGlobalConfiguration>();
        return provider;
    }

    private static List<object> FiltersOf(IServiceProvider host) =>
        host.GetRequiredService<IJobFilterProvider>()
            .GetFilters(Job.FromExpression<WorkerProbeJob>(j => j.RunAsync("run", 1, 0, CancellationToken.None)))
            .Select(f => f.Instance)
            .ToList();

    [Fact]
    public void Each_host_runs_its_own_metrics_and_retry_policy_and_none_are_left_in_the_global_list()
    {
        using var first = Host(retryAttempts: 2);
        using var second = Host(retryAttempts: 4);

        var firstFilters = FiltersOf(first);
        var secondFilters = FiltersOf(second);

        Assert.Same(first.GetRequiredService<JobMetrics>(), Assert.Single(firstFilters.OfType<JobMetrics>()));
        Assert.Same(second.GetRequiredService<JobMetrics>(), Assert.Single(secondFilters.OfType<JobMetrics>()));
        Assert.Equal(2, Assert.Single(firstFilters.OfType<AutomaticRetryAttribute>()).Attempts);
        Assert.Equal(4, Assert.Single(secondFilters.OfType<AutomaticRetryAttribute>()).Attempts);
        Assert.DoesNotContain(GlobalJobFilters.Filters, f => f.Instance is JobMetrics);
    }

    [Fact]
    public void Each_host_activates_jobs_from_its_own_services()
    {
        using var first = Host(retryAttempts: 1);
        using var second = Host(retryAttempts: 1);

        Assert.NotSame(first.GetRequiredService<JobActivator>(), second.GetRequiredService<JobActivator>());
        first.Dispose();
        using var scope = second.GetRequiredService<JobActivator>().BeginScope((JobActivatorContext)null!);
        Assert.Same(second.GetRequiredService<JobsOptions>(), scope.Resolve(typeof(JobsOptions)));
    }

    [Fact]
    public void Hangfire_still_gets_loggers_after_the_host_that_configured_it_is_gone()
    {
        var host = Host(retryAttempts: 1);
        host.Dispose();

        // Hangfire asks its process-wide log provider for a logger when a storage is made; it was the disposed host's.
        using var storage = new Hangfire.InMemory.InMemoryStorage();
        Assert.NotNull(storage.GetMonitoringApi());
    }
}
