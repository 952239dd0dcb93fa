using Hangfire;
using Hangfire.Common;

namespace Dixis.Infrastructure.Jobs;

/// <summary>
/// The job filters of one host: Hangfire's own (method attributes and its global defaults) followed by this host's
/// retry policy and metrics. Hangfire's <c>UseFilter</c> would add ours to a process-wide list instead, so in a
/// process with several hosts (test fixtures) a job of one host ran the metrics of another, disposed one.
/// </summary>
public sealed class HostJobFilters : IJobFilterProvider
{
    private readonly JobFilterProviderCollection _providers;

    public HostJobFilters(JobsOptions options, JobMetrics metrics)
    {
        // Later providers win among filters that allow one instance (AutomaticRetry), so ours follow the defaults.
        var own = new JobFilterCollection { JobRetryPolicy.Create(options.RetryAttempts), metrics };
        _providers = new JobFilterProviderCollection(JobFilterProviders.Providers, own);
    }

    public IEnumerable<JobFilter> GetFilters(Job job) => _providers.GetFilters(job);
}
