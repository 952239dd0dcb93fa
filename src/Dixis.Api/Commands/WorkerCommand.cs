using Dixis.Infrastructure.Jobs;

namespace Dixis.Api.Commands;

/// <summary>
/// <c>worker --queues high[,greek,general] [--metrics-port 8081]</c>: processes only the named queues; several
/// workers of one queue share its load. SIGTERM lets running jobs finish within Jobs:ShutdownTimeoutSeconds,
/// then hands the rest back to the queue.
/// </summary>
public static class WorkerCommand
{
    public const int DefaultMetricsPort = 8081;

    public static Task<int> RunAsync(string[] args)
    {
        string[] queues;
        try
        {
            queues = JobQueues.Parse(JobHostCommand.Option(args, "--queues") ?? string.Join(',', JobQueues.All));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"worker: {e.Message}");
            return Task.FromResult(2);
        }

        return JobHostCommand.RunAsync("worker", args, DefaultMetricsPort, (builder, options) =>
        {
            builder.Services.AddDixisJobServer(queues, options, "worker-" + string.Join('-', queues));
            builder.Services.AddHostedService<WorkerHeartbeat>();
        });
    }
}
