using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dixis.Api.Hosting;
using Dixis.ServiceDefaults;
using Dixis.Web.Catalog;
using Dixis.Web.Components;
using Microsoft.Extensions.WebEncoders;

namespace Dixis.Web;

/// <summary>
/// The storefront. With no <c>Api:BaseUrl</c> it is the embedded Dixis: it hosts the API, SQLite, local files
/// and migrates and seeds on first start. With <c>Api:BaseUrl</c> it only renders pages and calls the API.
/// </summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://localhost:3000");
        }

        builder.AddServiceDefaults();
        var apiBaseUrl = builder.Configuration["Api:BaseUrl"];
        var embedded = string.IsNullOrWhiteSpace(apiBaseUrl);
        if (embedded)
        {
            builder.AddDixisBackend();
            builder.Services.AddScoped<ICatalogReader, InProcessCatalogReader>();
        }
        else
        {
            builder.Services.AddHttpClient<ICatalogReader, HttpCatalogReader>(c => c.BaseAddress = new Uri(apiBaseUrl!))
                .AddStandardResilienceHandler();
            builder.Services.AddHttpClient(ApiHealthCheck.ClientName, c => c.BaseAddress = new Uri(apiBaseUrl!));
            builder.Services.AddHealthChecks().AddCheck<ApiHealthCheck>("api");
        }

        builder.Services.AddRazorComponents();
        // Greek text is written as text, not as &#x...; entities: pages stay readable and a third smaller.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        var app = builder.Build();
        if (embedded)
        {
            app.UseDixisBackend();
        }
        else
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseSecurityHeaders();
            app.UseRequestLocalization();
        }

        app.UseAntiforgery();
        app.MapStaticAssets();
        if (embedded)
        {
            app.MapDixisApi();
        }

        app.MapDefaultEndpoints("/api", "/api/metrics");
        app.MapRazorComponents<App>();
        if (embedded)
        {
            await app.MigrateOnStartAsync();
        }

        await app.RunAsync();
    }
}
