using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dixis.Api.Features.Gdpr;

/// <summary>Wiring of the privacy feature: its endpoints, the staff access audit and the authorisation security events.</summary>
public static class GdprEndpoints
{
    /// <summary>Services of the API side (the rest is <c>AddDixisGdpr</c> in Infrastructure).</summary>
    public static IServiceCollection AddGdprApi(this IServiceCollection services)
    {
        // Not the result handler itself: the two-factor handler (Hosting) runs first and hands everything else to it.
        services.AddSingleton<AuthorizationFailureEvents>();
        services.TryAddSingleton<SecurityEvents>();
        services.AddScoped<StaffAccessRecorder>();
        return services;
    }

    /// <summary>After authorisation: staff reads and changes of personal data are recorded before they run.</summary>
    public static WebApplication UseStaffAccessAudit(this WebApplication app)
    {
        app.UseMiddleware<StaffAccessAudit>();
        return app;
    }

    public static RouteGroupBuilder MapGdprEndpoints(this RouteGroupBuilder api) => api
        .MapConsentEndpoints()
        .MapDataExportEndpoints()
        .MapErasureEndpoints()
        .MapAuditEndpoints();
}
