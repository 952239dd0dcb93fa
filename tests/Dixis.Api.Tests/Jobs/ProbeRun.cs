using Dixis.Infrastructure.Jobs;
using Hangfire;
using Hangfire.Redis.StackExchange;
using StackExchange.Redis;

namespace Dixis.Api.Tests.Jobs;

/// <summary>One test's view of the queue Redis: its own key prefix, a client to enqueue probes, and the probes' results.</summary>
public sealed class ProbeRun : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _redis;

    public ProbeRun()
    {
        RunId = Guid.NewGuid().ToString("N")[..12];
        Prefix = $"dixis:test:{RunId}:";
        _redis = ConnectionMultiplexer.Connect(Infrastructure.TestServers.Redis!);
        Storage = new RedisStorage(_redis, JobsServiceCollectionExtensions.RedisOptions(new JobsOptions { RedisPrefix = Prefix, InvisibilityTimeoutSeconds = 6 }));
        Client = new BackgroundJobClient(Storage);
        Folder = Directory.CreateTempSubdirectory("dixis-jobs-").FullName;
    }

    public string RunId { get; }

    public string Prefix { get; }

    public string Folder { get; }

    public RedisStorage Storage { get; }

    public BackgroundJobClient Client { get; }

    public string Enqueue(string queue, int n, int workMilliseconds = 0) =>
        Client.Enqueue<WorkerProbeJob>(queue, j => j.RunAsync(RunId, n, workMilliseconds, CancellationToken.None));

    public async Task<Dictionary<int, long>> HashAsync(string part)
    {
        var entries = await _redis.GetDatabase().HashGetAllAsync($"dixis:probe:{RunId}:{part}");
        return entries.ToDictionary(e => int.Parse((string)e.Name!, System.Globalization.CultureInfo.InvariantCulture), e => (long)e.Value);
    }

    public async Task<bool> WaitAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return await condition();
    }

    public async ValueTask DisposeAsync()
    {
        var server = _redis.GetServers()[0];
        var db = _redis.GetDatabase();
        foreach (var key in server.Keys(pattern: Prefix + "*").Concat(server.Keys(pattern: $"dixis:probe:{RunId}:*")))
        {
            await db.KeyDeleteAsync(key);
        }

        await _redis.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
