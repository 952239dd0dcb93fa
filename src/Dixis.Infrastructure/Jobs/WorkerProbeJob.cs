using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace Dixis.Infrastructure.Jobs;

/// <summary>
/// An operational smoke test for workers: records in the queue Redis that probe <c>n</c> of run <c>runId</c> ran.
/// The effect (<c>done</c>) is written at most once per probe whatever the number of attempts, the same idempotency
/// every job must have; <c>attempts</c> counts how often it really ran. Operators use it after a deploy; the tests
/// use it to prove queue isolation, exactly-once effects, SIGKILL recovery and SIGTERM draining.
/// </summary>
public sealed class WorkerProbeJob(IConfiguration configuration)
{
    private static readonly Lazy<ConcurrentMultiplexers> Multiplexers = new(() => new ConcurrentMultiplexers());

    public async Task RunAsync(string runId, int n, int workMilliseconds, CancellationToken ct)
    {
        var redis = Multiplexers.Value.Get(configuration.GetConnectionString(JobsOptions.RedisConnectionName)
            ?? throw new InvalidOperationException("The probe needs ConnectionStrings:Queues."));
        var db = redis.GetDatabase();
        var key = $"dixis:probe:{runId}";
        var field = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await db.HashIncrementAsync(key + ":attempts", field);
        await db.HashSetAsync(key + ":started", field, Environment.ProcessId);
        if (workMilliseconds > 0)
        {
            await Task.Delay(workMilliseconds, ct);
        }

        if (await db.HashSetAsync(key + ":done", field, Environment.ProcessId, When.NotExists))
        {
            await db.HashIncrementAsync(key + ":effects", field);
        }
    }

    /// <summary>
    /// An alerting drill: a job that always fails, so operators (and the tests) can see <c>dixis_jobs_failed_total</c>
    /// move and the QueueJobsFailing alert path work without breaking anything real.
    /// </summary>
    [Hangfire.AutomaticRetry(Attempts = 0)]
    public Task FailAsync(string runId) => throw new InvalidOperationException($"Probe failure requested by run {runId}.");

    private sealed class ConcurrentMultiplexers
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IConnectionMultiplexer> _byConnection = new(StringComparer.Ordinal);

        public IConnectionMultiplexer Get(string connection) => _byConnection.GetOrAdd(connection, c => ConnectionMultiplexer.Connect(c));
    }
}
