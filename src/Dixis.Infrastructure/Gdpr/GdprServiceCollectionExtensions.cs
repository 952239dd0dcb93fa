using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Gdpr;

/// <summary>Registers consent, export, erasure, retention and the audit trail.</summary>
public static class GdprServiceCollectionExtensions
{
    public static IServiceCollection AddDixisGdpr(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(GdprOptions.Section).Get<GdprOptions>() ?? new GdprOptions());
        services.AddScoped<ConsentLedger>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<DataExportBuilder>();
        services.AddScoped<DataExportJob>();
        services.AddScoped<AccountEraser>();
        services.AddScoped<DataRetentionJob>();
        return services;
    }
}
