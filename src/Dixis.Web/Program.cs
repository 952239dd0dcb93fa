using Dixis.Api.Hosting;
using Dixis.ServiceDefaults;
using Dixis.Web.Hosting;

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
        builder.AddStorefront();
        var app = builder.Build();
        app.UseStorefront();
        app.MapStorefront();
        if (app.Configuration.IsEmbedded())
        {
            await app.MigrateOnStartAsync();
        }

        await app.RunAsync();
    }
}
