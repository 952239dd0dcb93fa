using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dixis.Api.Hosting;
using Dixis.ServiceDefaults;
using Dixis.Web.Accounts;
using Dixis.Web.Admin;
using Dixis.Web.Cart;
using Dixis.Web.Catalog;
using Dixis.Web.Consent;
using Dixis.Web.Localization;
using Dixis.Web.Orders;
using Dixis.Web.Producer;
using Dixis.Web.Search;
using Dixis.Web.Seo;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.WebEncoders;

namespace Dixis.Web.Hosting;

/// <summary>
/// The storefront's services and pipeline. Every read or call a page makes goes through an interface with two
/// implementations: in-process (embedded mode, the API's own query code) and HTTP (production mode, <c>Api:BaseUrl</c>).
/// </summary>
public static class StorefrontHostExtensions
{
    /// <summary>True when no <c>Api:BaseUrl</c> is set: the storefront hosts the API itself.</summary>
    public static bool IsEmbedded(this IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration["Api:BaseUrl"]);

    public static WebApplicationBuilder AddStorefront(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Run from a build folder (tests, benchmarks) in any environment, wwwroot is found through the build's
        // static web assets manifest; a published app has no such manifest and serves its own wwwroot.
        builder.WebHost.UseStaticWebAssets();
        if (builder.Configuration.IsEmbedded())
        {
            builder.AddDixisBackend();
            services.AddScoped<ICatalogReader, InProcessCatalogReader>();
            services.AddScoped<ISearchReader, InProcessSearchReader>();
            services.AddScoped<IAccountClient, InProcessAccountClient>();
            services.AddScoped<IProducerArea, InProcessProducerArea>();
            services.AddScoped<IAdminArea, InProcessAdminArea>();
            services.AddScoped<ICartClient, InProcessCartClient>();
            services.AddScoped<ICheckoutClient, InProcessCheckoutClient>();
            services.AddScoped<IAddressClient, InProcessAddressClient>();
            services.AddScoped<IConsentClient, InProcessConsentClient>();
            services.AddRateLimiter(o => o.AddPolicy<string, AccountFormRateLimit>(AccountFormRateLimit.Name));
        }
        else
        {
            var api = new Uri(builder.Configuration["Api:BaseUrl"]!);
            services.AddHttpClient<ICatalogReader, HttpCatalogReader>(c => c.BaseAddress = api)
                .ConfigurePrimaryHttpMessageHandler(NoCookies).AddStandardResilienceHandler();
            services.AddHttpClient<ISearchReader, HttpSearchReader>(c => c.BaseAddress = api)
                .ConfigurePrimaryHttpMessageHandler(NoCookies).AddStandardResilienceHandler();
            // Register and log in are not safe to repeat: timeouts and the circuit breaker, but no retries.
            services.AddHttpClient<IAccountClient, HttpAccountClient>(c => c.BaseAddress = api)
                .ConfigurePrimaryHttpMessageHandler(NoCookies).AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
            // Producer and admin areas: the browser's session goes along; writes and uploads are never repeated.
            services.AddTransient<SessionForwardingHandler>();
            services.AddHttpClient<IProducerArea, HttpProducerArea>(c => c.BaseAddress = api).ConfigurePrimaryHttpMessageHandler(NoCookies)
                .AddHttpMessageHandler<SessionForwardingHandler>().AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
            services.AddHttpClient<IAdminArea, HttpAdminArea>(c => c.BaseAddress = api).ConfigurePrimaryHttpMessageHandler(NoCookies)
                .AddHttpMessageHandler<SessionForwardingHandler>().AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
            // Cart, checkout and addresses change things: like the account client, no retries of unsafe methods.
            services.AddHttpClient<ApiHttp>(c => c.BaseAddress = api)
                .ConfigurePrimaryHttpMessageHandler(NoCookies).AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
            services.AddScoped<ICartClient, HttpCartClient>();
            services.AddScoped<ICheckoutClient, HttpCheckoutClient>();
            services.AddScoped<IAddressClient, HttpAddressClient>();
            services.AddHttpClient<IConsentClient, HttpConsentClient>(c => c.BaseAddress = api)
                .ConfigurePrimaryHttpMessageHandler(NoCookies).AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
            services.AddHttpClient(ApiHealthCheck.ClientName, c => c.BaseAddress = api);
            services.AddHealthChecks().AddCheck<ApiHealthCheck>("api");
        }

        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<CurrentAccount>();
        services.AddScoped<CurrentCart>();
        services.AddScoped<SiteUrls>();
        services.AddStorefrontCultures();
        services.AddRazorComponents();
        // Greek text is written as text, not as &#x...; entities: pages stay readable and a third smaller.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    /// <summary>Middleware: the backend's (embedded) or security headers and culture (production), then HTML error pages for pages.</summary>
    public static WebApplication UseStorefront(this WebApplication app)
    {
        if (app.Configuration.IsEmbedded())
        {
            app.UseDixisBackend();
        }
        else
        {
            app.UseRequestLocalization();
            app.UseSecurityHeaders();
            app.UseSecureCookies();
        }

        app.UsePageErrors();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>The storefront's own endpoints besides the pages.</summary>
    public static WebApplication MapStorefront(this WebApplication app)
    {
        app.MapStaticAssets();
        if (app.Configuration.IsEmbedded())
        {
            app.MapDixisApi();
        }

        app.MapDefaultEndpoints("/api", "/api/metrics");
        app.MapCultureEndpoints();
        app.MapSuggestEndpoint();
        app.MapSitemapEndpoints();
        app.MapLogoutEndpoint();
        app.MapCartFormEndpoints();
        app.MapAddressFormEndpoints();
        app.MapConsentEndpoint();
        app.MapRazorComponents<Components.App>();
        return app;
    }

    // A pooled handler serves every shopper: it must never keep one shopper's cookies for the next.
    private static SocketsHttpHandler NoCookies() => new() { UseCookies = false };
}
