using Hangfire;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.Hosting;

namespace Dixis.Infrastructure.Jobs;

/// <summary>
/// The scheduler role: only the recurring and delayed job schedulers, no workers. Hangfire takes a distributed
/// lock per recurring job in storage, so any number of scheduler replicas fire each occurrence once.
/// </summary>
public sealed class SchedulerService(JobStorage storage, JobsOptions options, IJobFilterProvider filters) : IHostedService, IDisposable
{
    private BackgroundProcessingServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var poll = TimeSpan.FromSeconds(options.PollIntervalSeconds);
        _server = new BackgroundProcessingServer(
            storage,
            // This host's filters (HostJobFilters), so enqueued jobs are counted in this process's metrics.
            [new RecurringJobScheduler(new BackgroundJobFactory(filters), poll), new DelayedJobScheduler(poll, new BackgroundJobStateChanger(filters))],
            new Dictionary<string, object> { ["Role"] = "scheduler" },
            new BackgroundProcessingServerOptions
            {
                ServerName = $"scheduler:{Environment.MachineName}:{Environment.ProcessId}",
                ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds),
            });
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            _server.SendStop();
            await _server.WaitForShutdownAsync(cancellationToken);
        }
    }

    public void Dispose() => _server?.Dispose();
}
