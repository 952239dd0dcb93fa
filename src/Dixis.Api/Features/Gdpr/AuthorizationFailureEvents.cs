using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Dixis.Api.Features.Gdpr;

/// <summary>
/// Counts and logs every request the authorisation middleware turns away (401 without a session, 403 for the wrong
/// role) as a security event, then lets the framework answer as it would. The log line names the endpoint, not the person.
/// </summary>
public sealed class AuthorizationFailureEvents(SecurityEvents security) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            security.Record(SecurityEvents.Unauthorized, "authorization", Endpoint(context));
        }
        else if (authorizeResult.Forbidden)
        {
            security.Record(SecurityEvents.Forbidden, "authorization", Endpoint(context));
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static string Endpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"{context.Request.Method} {context.Request.Path}";
}
