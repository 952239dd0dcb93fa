using System.Threading.RateLimiting;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Dixis.Api.Hosting;

/// <summary>Rate limits per client IP. Limits come from <c>RateLimits:*</c> so load tests and CI can raise them.</summary>
public static class RateLimitPolicies
{
    public const string Auth = "auth";

    public static IServiceCollection AddDixisRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var authPerMinute = configuration.GetValue("RateLimits:AuthPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Auth, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = authPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.RequestServices.GetService<SecurityEvents>()?.Record(SecurityEvents.RateLimited, "rate-limit",
                    context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? context.HttpContext.Request.Path.ToString());
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = "60";
                await response.WriteAsJsonAsync(
                    new ProblemDetails { Status = 429, Type = ApiProblems.TypeBase + "too-many-requests", Title = Messages.Get("too-many-requests") },
                    options: null, contentType: "application/problem+json", cancellationToken: ct);
            };
        });
        return services;
    }
}
