using System.Text;
using Dixis.Infrastructure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dixis.Api.Features.Health;

/// <summary>Round-trips a small object through object storage.</summary>
public sealed class StorageHealthCheck(IBlobStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var key = $"health/{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid():N}.txt";
        using (var content = new MemoryStream(Encoding.UTF8.GetBytes("ok")))
        {
            await storage.PutAsync(key, content, "text/plain", cancellationToken);
        }

        var exists = await storage.ExistsAsync(key, cancellationToken);
        await storage.DeleteAsync(key, cancellationToken);
        return exists ? HealthCheckResult.Healthy(storage.GetType().Name) : HealthCheckResult.Unhealthy("A stored object could not be found again.");
    }
}
