using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Redis.StackExchange;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Jobs;

/// <summary>
/// Registers Hangfire: Redis storage when <c>ConnectionStrings:Queues</c> is set (production, shared by every
/// worker), in-memory storage otherwise (embedded: the one process runs every queue itself).
/// </summary>
public static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddDixisJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var redis = configuration.GetConnectionString(JobsOptions.RedisConnectionName);
        services.AddSingleton(options);
        services.AddSingleton<JobMetrics>();
        services.AddSingleton<JobEnqueuer>();

        // One storage per host, registered before AddHangfire (which only adds the global JobStorage.Current when
        // none is registered): several hosts in one process (test fixtures) must never pick up each other's jobs.
        services.AddSingleton<JobStorage>(_ => string.IsNullOrWhiteSpace(redis)
            ? new InMemoryStorage()
            : new RedisStorage(redis, RedisOptions(options)));
        // The same for filters and the activator: Hangfire's defaults are process-wide (GlobalJobFilters,
        // JobActivator.Current), so a job of one host could run with another, disposed host's services.
        services.AddSingleton<IJobFilterProvider, HostJobFilters>();
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(new HostLogProvider(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()))
                .UseStorage(sp.GetRequiredService<JobStorage>());
        });
        return services;
    }

    /// <summary>Whether jobs live in Redis (shared by separate worker processes) rather than in this process.</summary>
    public static bool UsesSharedStorage(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(JobsOptions.RedisConnectionName));

    public static RedisStorageOptions RedisOptions(JobsOptions options) => new()
    {
        Prefix = options.RedisPrefix,
        InvisibilityTimeout = TimeSpan.FromSeconds(options.InvisibilityTimeoutSeconds),
        FetchTimeout = TimeSpan.FromSeconds(2),
        SucceededListSize = 10_000,
        DeletedListSize = 1_000,
    };

    /// <summary>A server that processes <paramref name="queues"/> (a worker, or every queue when embedded).</summary>
    public static IServiceCollection AddDixisJobServer(this IServiceCollection services, IReadOnlyList<string> queues, JobsOptions options, string name) =>
        services.AddHangfireServer(server =>
        {
            server.ServerName = $"{name}:{Environment.MachineName}:{Environment.ProcessId}";
            server.Queues = queues.ToArray();
            server.WorkerCount = options.WorkerCount;
            server.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds);
            server.StopTimeout = TimeSpan.FromSeconds(Math.Max(1, options.ShutdownTimeoutSeconds - 2));
            server.SchedulePollingInterval = TimeSpan.FromSeconds(options.PollIntervalSeconds);
        });
}
