using Dixis.Api.Hosting;
using Dixis.ServiceDefaults;

namespace Dixis.Api.Commands;

/// <summary>Runs the HTTP API (port 8080 unless ASPNETCORE_URLS or --urls says otherwise).</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        await app.MigrateOnStartAsync();
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://0.0.0.0:8080");
        }

        builder.AddServiceDefaults();
        builder.AddDixisBackend();
        var app = builder.Build();
        app.UseDixisBackend();
        app.MapDixisApi();
        return app;
    }
}
