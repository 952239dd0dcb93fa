using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Jobs.Recurring;

namespace Dixis.Api.Commands;

/// <summary>
/// <c>scheduler [--metrics-port 8081]</c>: registers the recurring jobs and enqueues each occurrence (Europe/Athens
/// time) exactly once however many scheduler replicas run; it runs no jobs itself.
/// </summary>
public static class SchedulerCommand
{
    public const int DefaultMetricsPort = 8081;

    public static Task<int> RunAsync(string[] args) =>
        JobHostCommand.RunAsync("scheduler", args, DefaultMetricsPort, (builder, _) =>
        {
            builder.Services.AddHostedService<RecurringJobsRegistration>();
            builder.Services.AddHostedService<SchedulerService>();
            builder.Services.AddHostedService<WorkerHeartbeat>();
        });
}
