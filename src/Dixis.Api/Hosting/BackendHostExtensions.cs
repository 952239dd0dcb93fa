using Dixis.Api.Features.Accounts;
using Dixis.Api.Features.Admin;
using Dixis.Api.Features.Cart;
using Dixis.Api.Features.Catalog;
using Dixis.Api.Features.Gdpr;
using Dixis.Api.Features.Greek;
using Dixis.Api.Features.Health;
using Dixis.Api.Features.Invoices;
using Dixis.Api.Features.Media;
using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Payments;
using Dixis.Api.Features.Producers;
using Dixis.Api.Features.Sales;
using Dixis.Api.Features.Search;
using Dixis.Api.Features.Settlements;
using Dixis.Api.Features.Shipping;
using Dixis.Infrastructure.Caching;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Gdpr;
using Dixis.Infrastructure.Invoicing;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Jobs.Recurring;
using Dixis.Infrastructure.Mail;
using Dixis.Infrastructure.Observability;
using Dixis.Infrastructure.Payments;
using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Seeding;
using Dixis.Infrastructure.Storage;
using Dixis.ServiceDefaults;
using Microsoft.AspNetCore.Identity;

namespace Dixis.Api.Hosting;

/// <summary>The backend as a set of services and endpoints, hosted by Dixis.Api or (embedded) by the storefront.</summary>
public static class BackendHostExtensions
{
    public const string ApiBase = "/api/v1";

    public static WebApplicationBuilder AddDixisBackend(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        services.AddDixisData(configuration);
        services.AddDixisStorage(configuration);
        services.AddDixisCache(configuration);
        services.AddDixisSearch(configuration);
        services.AddSingleton<DixisMetrics>();
        services.AddScoped<CatalogQueries>();
        services.AddScoped<ProducerUploads>();
        services.AddScoped<SalesQueries>();
        services.AddScoped<SearchQueries>();
        services.AddDixisOrders(configuration);
        services.AddScoped<DemoCatalogueSeeder>();
        services.AddSingleton(configuration.GetSection(SeedOptions.Section).Get<SeedOptions>() ?? new SeedOptions());
        services.AddDixisMail(configuration);
        services.AddDixisJobs(configuration);
        services.AddDixisInvoicing(configuration);
        services.AddDixisPayments(configuration);
        services.AddScoped<LowStockNoticesJob>();
        services.AddScoped<ProducerWeeklyDigestJob>();
        services.AddTransient<TlsCertificateExpiryJob>();
        services.AddDixisGdpr(configuration);
        services.AddGdprApi();
        services.AddScoped<SearchIndexConsistencyJob>();
        services.AddTransient<WorkerProbeJob>();
        if (!JobsServiceCollectionExtensions.UsesSharedStorage(configuration))
        {
            // Embedded: no separate workers or scheduler, so this process runs every queue and the recurring jobs.
            services.AddDixisJobServer(JobQueues.All, configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions(), "embedded");
            services.AddHostedService<RecurringJobsRegistration>();
        }

        services.AddIdentityApiEndpoints<DixisUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<DixisDbContext>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "dixis.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // An API answers 401/403; it never redirects to a login page.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddAuthorizationBuilder().AddDixisPolicies();
        services.AddDixisRateLimits(configuration);
        services.AddDixisProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Dixis API";
            document.Info.Description = "Marketplace of Greek producers: catalogue, search, Greek market rules, accounts, producers and moderation.";
            document.Info.Version = "v1";
            return Task.CompletedTask;
        }));

        services.AddHealthChecks()
            .AddDbContextCheck<DixisDbContext>("database", customTestQuery: (db, ct) => db.Database.CanConnectAsync(ct))
            .AddCheck<CacheHealthCheck>("cache")
            .AddCheck<SearchHealthCheck>("search")
            .AddCheck<StorageHealthCheck>("storage")
            .AddCheck<JobsHealthCheck>("jobs");
        return builder;
    }

    /// <summary>Middleware of the backend, in order.</summary>
    public static WebApplication UseDixisBackend(this WebApplication app)
    {
        // Culture first: the error pages further out must see the request's language too.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseSecureCookies();
        app.UseApiBodyLimit();
        app.UseAuthentication();
        app.UseSessionValidation();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseStaffAccessAudit();
        return app;
    }

    /// <summary>Maps every API endpoint under <c>/api/v1</c>, the OpenAPI document, health and metrics.</summary>
    public static WebApplication MapDixisApi(this WebApplication app)
    {
        app.MapOpenApi(ApiBase + "/openapi.json");
        app.MapJobsDashboard();
        app.MapDefaultEndpoints(ApiBase, ApiBase + "/metrics");
        var api = app.MapGroup(ApiBase);
        api.MapCatalogEndpoints();
        api.MapSearchEndpoints();
        api.MapProducerEndpoints();
        api.MapOwnProducerEndpoints();
        api.MapOwnProductDetails();
        api.MapProducerUploadEndpoints();
        api.MapSalesEndpoints();
        api.MapModerationEndpoints();
        api.MapAccountEndpoints();
        api.MapAddressEndpoints();
        api.MapTwoFactorEndpoints();
        api.MapGreekEndpoints();
        api.MapGreekHealthEndpoints();
        api.MapMediaEndpoints();
        api.MapCartEndpoints();
        api.MapShippingEndpoints();
        api.MapCheckoutEndpoints();
        api.MapOrderEndpoints();
        api.MapProducerOrderEndpoints();
        api.MapSettlementEndpoints();
        api.MapInvoiceEndpoints();
        api.MapPaymentEndpoints();
        api.MapGdprEndpoints();
        return app;
    }

    /// <summary>
    /// Migrates and seeds at start-up when configured (embedded mode), then makes sure the search index exists:
    /// built from the database on the first start, caught up with the outbox otherwise. The Lucene index lives
    /// beside the process, so it is checked on every start; Elasticsearch only when this process migrates.
    /// </summary>
    public static async Task MigrateOnStartAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Dixis.Startup");
        var migrate = EmbeddedStartup.ShouldMigrateOnStart(app.Configuration, options);
        if (migrate)
        {
            await EmbeddedStartup.MigrateAsync(app.Services, seed: true, new SyncProgress(step => logger.LogInformation("Migrate: {Step}", step)));
        }

        if (migrate || app.Services.GetRequiredService<SearchOptions>().Provider == SearchProvider.Lucene)
        {
            try
            {
                await SearchIndexMaintenance.EnsureIndexAsync(app.Services, new SyncProgress(step => logger.LogInformation("Search: {Step}", step)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Serving without a fresh index beats not serving: the outbox worker and the health check take it from here.
                logger.LogWarning(e, "Search index not ready at start-up");
            }
        }
    }
}
