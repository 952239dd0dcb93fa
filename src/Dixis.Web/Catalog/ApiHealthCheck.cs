using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dixis.Web.Catalog;

/// <summary>Production mode: the storefront is ready only when the API answers its liveness probe.</summary>
public sealed class ApiHealthCheck(IHttpClientFactory clients) : IHealthCheck
{
    public const string ClientName = "api-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = clients.CreateClient(ClientName);
        client.Timeout = TimeSpan.FromSeconds(3);
        try
        {
            using var response = await client.GetAsync("api/v1/health/live", cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy("API reachable")
                : HealthCheckResult.Unhealthy($"API answered {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy("API unreachable");
        }
    }
}
