using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Dixis.Infrastructure.Jobs.Recurring;

/// <summary>Registers the recurring jobs when the scheduler (or the embedded process) starts.</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager manager, JobsOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        RecurringJobsRegistry.Register(manager, options);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
