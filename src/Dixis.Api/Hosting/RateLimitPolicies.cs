using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Dixis.Api.Hosting;

/// <summary>
/// Rate limits. Login and registration: per client IP (policy <see cref="Auth"/>). Search and checkout: per client IP
/// and, when signed in, also per user (endpoints marked with <see cref="RequireAbuseLimit{TBuilder}"/>). Every limit is
/// a fixed one-minute window read from <c>RateLimits:*</c> so load tests and CI can raise it; 0 turns a limit off.
/// Each refusal is a 429 problem detail with <c>Retry-After</c> and a security event <c>rate_limited</c>.
/// </summary>
public static class RateLimitPolicies
{
    public const string Auth = "auth";
    public const string Search = "search";
    public const string Checkout = "checkout";

    /// <summary>Counts the endpoint under <paramref name="kind"/> (per IP and per user); with <paramref name="onlyWithQuery"/>, only requests carrying that query parameter.</summary>
    public static TBuilder RequireAbuseLimit<TBuilder>(this TBuilder builder, string kind, string? onlyWithQuery = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AbuseLimitMetadata(kind, onlyWithQuery));

    public static IServiceCollection AddDixisRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var authPerMinute = configuration.GetValue("RateLimits:AuthPerMinute", 10);
        var limits = new Dictionary<string, (int PerIp, int PerUser)>(StringComparer.Ordinal)
        {
            // Generous: behind the storefront or a proxy many shoppers can share one address (see docs/security.md).
            [Search] = (configuration.GetValue("RateLimits:SearchPerIpPerMinute", 3000), configuration.GetValue("RateLimits:SearchPerUserPerMinute", 600)),
            [Checkout] = (configuration.GetValue("RateLimits:CheckoutPerIpPerMinute", 300), configuration.GetValue("RateLimits:CheckoutPerUserPerMinute", 30)),
        };
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Auth, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientIp(context), _ => PerMinute(authPerMinute)));
            // Per user first: a user over their own limit is refused before their address's allowance is touched, so
            // one greedy account does not use up the permits of everyone behind the same address.
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits, perUser: true)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits, perUser: false)));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var kind = http.GetEndpoint()?.Metadata.GetMetadata<AbuseLimitMetadata>()?.Kind ?? Auth;
                var endpoint = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "unnamed";
                http.RequestServices.GetRequiredService<SecurityEvents>().Record(SecurityEvents.RateLimited, kind, $"endpoint {endpoint}");
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                var response = http.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(
                    new ProblemDetails { Status = 429, Type = ApiProblems.TypeBase + "too-many-requests", Title = Messages.Get("too-many-requests") },
                    options: null, contentType: "application/problem+json", cancellationToken: ct);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, Dictionary<string, (int PerIp, int PerUser)> limits, bool perUser)
    {
        var marked = context.GetEndpoint()?.Metadata.GetMetadata<AbuseLimitMetadata>();
        if (marked is null || !limits.TryGetValue(marked.Kind, out var limit)
            || (marked.OnlyWithQuery is { } name && string.IsNullOrWhiteSpace(context.Request.Query[name])))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var permits = perUser ? limit.PerUser : limit.PerIp;
        var who = perUser ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : ClientIp(context);
        if (permits <= 0 || who is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetFixedWindowLimiter($"{marked.Kind}|{(perUser ? "user" : "ip")}|{who}", _ => PerMinute(permits));
    }

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    /// <summary>Endpoint metadata: which abuse limit counts requests to this endpoint.</summary>
    public sealed record AbuseLimitMetadata(string Kind, string? OnlyWithQuery);
}
