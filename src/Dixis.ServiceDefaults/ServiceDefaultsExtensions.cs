using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Formatting.Compact;
using StackExchange.Redis;

namespace Dixis.ServiceDefaults;

/// <summary>Host wiring shared by every Dixis process: configuration, logs, metrics, health, data protection, culture.</summary>
public static class ServiceDefaultsExtensions
{
    public const string BusinessMeter = "Dixis";
    public static readonly CultureInfo[] SupportedCultures = [new("el-GR"), new("en")];

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddFileSecrets();
        builder.Services.AddSerilog((services, log) =>
        {
            // Quiet framework chatter (SQL text included) unless configuration asks for more.
            log.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("System.Net.Http.HttpClient", Serilog.Events.LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext();
            // Every sink sees events with personal data masked (GDPR): emails, phones, IBANs, addresses, names.
            log.WriteTo.Sink(LoggerSinkConfiguration.Wrap(sink => new PersonalDataMaskingSink(sink), sinks =>
            {
                // Containers log compact JSON to stdout for the collector; a developer's terminal gets text.
                if (builder.Configuration.GetValue("Logging:Json", Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER") == "true"))
                {
                    sinks.Console(new RenderedCompactJsonFormatter());
                }
                else
                {
                    sinks.Console(formatProvider: CultureInfo.InvariantCulture);
                }

                // Sinks registered as services (tests capture logs this way) get the same masking.
                foreach (var sink in services.GetServices<ILogEventSink>())
                {
                    sinks.Sink(sink);
                }
            }));
        }, preserveStaticLogger: true); // each host logs through its own pipeline: several hosts share a test process, and none uses the static Log

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(BusinessMeter, "Microsoft.EntityFrameworkCore")
            .AddPrometheusExporter());

        builder.Services.AddHealthChecks();
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("el-GR");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            o.FallBackToParentUICultures = true;
        });
        builder.AddSharedDataProtection();
        return builder;
    }

    /// <summary>
    /// Keys in Redis when <c>ConnectionStrings:Redis</c> is set, so every replica reads every cookie;
    /// otherwise a folder under ./data (embedded, one process).
    /// </summary>
    public static WebApplicationBuilder AddSharedDataProtection(this WebApplicationBuilder builder)
    {
        var dp = builder.Services.AddDataProtection().SetApplicationName("Dixis");
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            // One multiplexer per process, created on first use so start-up does not wait for Redis.
            var multiplexer = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis));
            builder.Services.AddSingleton(_ => multiplexer.Value);
            dp.PersistKeysToStackExchangeRedis(() => multiplexer.Value.GetDatabase(), "dixis:data-protection-keys");
        }
        else
        {
            var folder = builder.Configuration["DataProtection:KeysPath"] ?? Path.Combine("data", "keys");
            dp.PersistKeysToFileSystem(Directory.CreateDirectory(folder));
        }

        return builder;
    }

    /// <summary>Maps <c>{prefix}/health</c> (every check), <c>{prefix}/health/live</c> (no check) and the metrics path.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, string healthPrefix, string metricsPath)
    {
        app.MapHealthChecks(healthPrefix + "/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .WithTags("Health").WithName("Readiness" + healthPrefix);
        app.MapHealthChecks(healthPrefix + "/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync })
            .WithTags("Health").WithName("Liveness" + healthPrefix);
        app.MapPrometheusScrapingEndpoint(metricsPath);
        return app;
    }
}
