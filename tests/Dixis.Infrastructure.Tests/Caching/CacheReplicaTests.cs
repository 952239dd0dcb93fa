using Dixis.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Tests.Caching;

/// <summary>Two service providers stand for two replicas of the backend.</summary>
public sealed class CacheReplicaTests
{
    [SkippableFact]
    public async Task With_redis_a_value_written_by_one_replica_is_read_by_another()
    {
        var redis = TestServers.Redis;
        await using var a = Replica(redis);
        await using var b = Replica(redis);
        var key = "it:" + Guid.NewGuid().ToString("N");
        try
        {
            await a.GetRequiredService<IDistributedCache>().SetStringAsync(key, "Καλάθι: φέτα, μέλι");

            Assert.Equal("Καλάθι: φέτα, μέλι", await b.GetRequiredService<IDistributedCache>().GetStringAsync(key));
        }
        finally
        {
            await a.GetRequiredService<IDistributedCache>().RemoveAsync(key);
        }
    }

    [SkippableFact]
    public async Task With_redis_the_distributed_cache_is_redis()
    {
        await using var a = Replica(TestServers.Redis);

        Assert.IsAssignableFrom<RedisCache>(a.GetRequiredService<IDistributedCache>());
    }

    [SkippableFact]
    public async Task With_redis_hybrid_cache_of_another_replica_reads_the_shared_entry_without_calling_its_factory()
    {
        var redis = TestServers.Redis;
        await using var a = Replica(redis);
        await using var b = Replica(redis);
        var key = "it:hybrid:" + Guid.NewGuid().ToString("N");
        try
        {
            var first = await a.GetRequiredService<HybridCache>().GetOrCreateAsync(key, _ => ValueTask.FromResult("Κατάλογος v1"));
            // HybridCache releases the caller first and writes L2 in the background: wait until Redis has it.
            await WaitUntilStoredAsync(b.GetRequiredService<IDistributedCache>(), key);
            var calls = 0;

            var second = await b.GetRequiredService<HybridCache>().GetOrCreateAsync(key, _ =>
            {
                Interlocked.Increment(ref calls);
                return ValueTask.FromResult("computed again");
            });

            Assert.Equal("Κατάλογος v1", first);
            Assert.Equal("Κατάλογος v1", second);
            Assert.Equal(0, calls);
        }
        finally
        {
            await a.GetRequiredService<HybridCache>().RemoveAsync(key);
        }
    }

    [Fact]
    public async Task Without_redis_the_cache_is_in_memory_and_replicas_do_not_share()
    {
        await using var a = Replica(redis: null);
        await using var b = Replica(redis: null);
        var key = "it:" + Guid.NewGuid().ToString("N");

        await a.GetRequiredService<IDistributedCache>().SetStringAsync(key, "μόνο εδώ");

        Assert.Equal("MemoryDistributedCache", a.GetRequiredService<IDistributedCache>().GetType().Name);
        Assert.Equal("μόνο εδώ", await a.GetRequiredService<IDistributedCache>().GetStringAsync(key));
        Assert.Null(await b.GetRequiredService<IDistributedCache>().GetStringAsync(key));
    }

    [Fact]
    public async Task Without_redis_hybrid_cache_still_works_in_process()
    {
        await using var a = Replica(redis: null);
        var cache = a.GetRequiredService<HybridCache>();
        var calls = 0;

        for (var i = 0; i < 3; i++)
        {
            await cache.GetOrCreateAsync("it:local", _ => ValueTask.FromResult(Interlocked.Increment(ref calls)));
        }

        Assert.Equal(1, calls);
    }

    private static async Task WaitUntilStoredAsync(IDistributedCache cache, string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await cache.GetAsync(key) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, $"HybridCache did not write '{key}' to Redis within 10 s");
            await Task.Delay(20);
        }
    }

    private static ServiceProvider Replica(string? redis)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDixisCache(configuration);
        return services.BuildServiceProvider();
    }
}
