using System.Threading.RateLimiting;
using Dixis.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace Dixis.Web.Accounts;

/// <summary>
/// Embedded mode: the log-in and register pages call the account handlers in-process, past the API's per-IP
/// <c>auth</c> limit, so their form posts get the same limit here (<c>RateLimits:AuthPerMinute</c> per client IP and
/// minute; showing the forms is not limited). Over it: the Greek 429 page with <c>Retry-After: 60</c>.
/// </summary>
public sealed class AccountFormRateLimit(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    public const string Name = "storefront-account-forms";

    private readonly int _perMinute = configuration.GetValue("RateLimits:AuthPerMinute", 10);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = "60";
        return new ValueTask(PageErrors.RenderAsync(context.HttpContext, StatusCodes.Status429TooManyRequests));
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        HttpMethods.IsPost(httpContext.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = _perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("show");
}
