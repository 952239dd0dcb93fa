namespace Dixis.Infrastructure.Jobs;

/// <summary>Settings of section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Connection string name of the queue Redis (an instance with <c>noeviction</c>, never the LRU cache).</summary>
    public const string RedisConnectionName = "Queues";

    /// <summary>Key prefix in the queue Redis, so environments (and test runs) can share one instance.</summary>
    public string RedisPrefix { get; set; } = "dixis:jobs:";

    /// <summary>
    /// How long a fetched job may stay unacknowledged before another worker takes it again (a worker killed
    /// with SIGKILL never acknowledges). Jobs are idempotent, so a slow job that outlives it is safe, only wasteful.
    /// </summary>
    public int InvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>How long SIGTERM waits for running jobs before they are handed back to the queue.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 20;

    /// <summary>Concurrent jobs per worker process.</summary>
    public int WorkerCount { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Automatic retries of a failing job, with growing delays, before it is kept as failed.</summary>
    public int RetryAttempts { get; set; } = 5;

    /// <summary>File the worker touches every few seconds; <c>healthcheck --heartbeat</c> reads it.</summary>
    public string HeartbeatPath { get; set; } = Path.Combine(Path.GetTempPath(), "dixis-worker.heartbeat");

    /// <summary>Stock at or below which a producer gets a low-stock notice.</summary>
    public int LowStockThreshold { get; set; } = 5;

    /// <summary><c>host:port</c> endpoints whose TLS certificate expiry is checked daily and exported as a metric.</summary>
    public List<string> TlsEndpoints { get; set; } = [];

    /// <summary>Cron overrides by recurring job id, e.g. <c>Jobs:Cron:low-stock-notices</c>.</summary>
    public Dictionary<string, string> Cron { get; set; } = [];

    /// <summary>How often the storage is polled for scheduled and recurring work.</summary>
    public int PollIntervalSeconds { get; set; } = 5;
}
