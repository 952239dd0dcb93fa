using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dixis.Api.Features.Health;

/// <summary>The job storage answers; reports servers, waiting and failed jobs. No server is a warning, not a failure: workers may be scaling.</summary>
public sealed class JobsHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stats = storage.GetMonitoringApi().GetStatistics();
        var data = new Dictionary<string, object>
        {
            ["storage"] = storage.GetType().Name,
            ["servers"] = stats.Servers,
            ["enqueued"] = stats.Enqueued,
            ["failed"] = stats.Failed,
        };
        return Task.FromResult(stats.Servers > 0
            ? HealthCheckResult.Healthy($"{stats.Servers} job server(s)", data)
            : HealthCheckResult.Degraded("No job server is running", data: data));
    }
}
