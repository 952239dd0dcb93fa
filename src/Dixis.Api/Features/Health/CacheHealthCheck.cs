using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dixis.Api.Features.Health;

/// <summary>Writes, reads and removes a key in the shared cache (Redis in production).</summary>
public sealed class CacheHealthCheck(IDistributedCache cache) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var key = "health:" + Environment.MachineName;
        var value = Guid.NewGuid().ToByteArray();
        await cache.SetAsync(key, value, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30) }, cancellationToken);
        var read = await cache.GetAsync(key, cancellationToken);
        await cache.RemoveAsync(key, cancellationToken);
        return read is not null && read.AsSpan().SequenceEqual(value)
            ? HealthCheckResult.Healthy(Kind(cache))
            : HealthCheckResult.Unhealthy("The cache did not return what was written.");
    }

    /// <summary>"redis" or "memory": which cache this replica shares (or does not).</summary>
    public static string Kind(IDistributedCache cache) => cache switch
    {
        MemoryDistributedCache => "memory",
        _ when cache.GetType().Name.Contains("Redis", StringComparison.Ordinal) => "redis",
        _ => cache.GetType().Name,
    };
}
