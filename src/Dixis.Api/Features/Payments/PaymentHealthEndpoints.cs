using Dixis.Infrastructure.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Payments;

/// <summary><c>/api/v1/payment/health</c>: per provider, configured, last probe, success ratio over 15 minutes, webhooks waiting.</summary>
public static class PaymentHealthEndpoints
{
    public static RouteGroupBuilder MapPaymentHealthEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/payment/health", HealthAsync).WithTags("Health").WithName("PaymentHealth")
            .WithSummary("Payment providers: configured, last reachability probe, success ratio over the last 15 minutes, webhooks awaiting processing");
        return api;
    }

    private static async Task<Results<Ok<PaymentHealth>, JsonHttpResult<PaymentHealth>>> HealthAsync(PaymentHealthReport report, CancellationToken ct)
    {
        var health = await report.BuildAsync(ct);
        return health.Status == "Unhealthy" ? TypedResults.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable) : TypedResults.Ok(health);
    }
}
