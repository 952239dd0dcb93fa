using Dixis.Api.Problems;
using Microsoft.AspNetCore.Http.Json;

namespace Dixis.Api.Hosting;

/// <summary>
/// Every error is a problem detail in the request's language, also those the framework writes itself
/// (bad JSON, wrong content type, 404 of unknown routes, unhandled exceptions).
/// </summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddDixisProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var code = problem.Status switch
            {
                400 => "bad-request",
                401 => "unauthorized",
                403 => "forbidden",
                404 => "not-found",
                409 => "conflict",
                413 => "payload-too-large",
                415 => "unsupported-media-type",
                429 => "too-many-requests",
                >= 500 => "server-error",
                _ => null,
            };
            // Keep titles our endpoints already set; fill in the framework's defaults.
            if (code is not null && (problem.Type is null || !problem.Type.StartsWith(ApiProblems.TypeBase, StringComparison.Ordinal)))
            {
                problem.Type = ApiProblems.TypeBase + code;
                problem.Title = Messages.Get(code);
                // The framework's own details can name internals; say less.
                problem.Detail = null;
            }

            problem.Extensions.Remove("exception");
            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.Configure<JsonOptions>(o => o.SerializerOptions.MaxDepth = 32);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        return services;
    }
}
