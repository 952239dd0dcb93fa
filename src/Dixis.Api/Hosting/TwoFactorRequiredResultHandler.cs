using Dixis.Api.Features.Gdpr;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Api.Hosting;

/// <summary>
/// When the only unmet requirement is two-factor (an admin who has not enrolled), answers 403 with a problem detail
/// that says so, and counts a security event; every other outcome goes on to <see cref="AuthorizationFailureEvents"/>
/// (counted as 401/403 events, then answered by the framework).
/// </summary>
public sealed class TwoFactorRequiredResultHandler(AuthorizationFailureEvents standard, SecurityEvents security)
    : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.ToList() is { Count: > 0 } failed
            && failed.All(r => r is TwoFactorEnabledRequirement))
        {
            var endpoint = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "unnamed";
            security.Record(SecurityEvents.TwoFactorMissing, "authorization", $"endpoint {endpoint}");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Type = ApiProblems.TypeBase + "two-factor-required",
                Title = Messages.Get("two-factor-admin"),
            };
            problem.Extensions["enrol"] = "/api/v1/me/2fa/setup";
            await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
            return;
        }

        await standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
