using Dixis.Api.Hosting;
using Dixis.Infrastructure.Jobs;
using Dixis.ServiceDefaults;

namespace Dixis.Api.Commands;

/// <summary>
/// The shape shared by <c>worker</c> and <c>scheduler</c>: the backend's services, a job role, and a small HTTP
/// listener on a port of its own (8081) for <c>/api/v1/metrics</c> and <c>/api/v1/health/live</c> (never exposed through the proxy).
/// </summary>
internal static class JobHostCommand
{
    public static async Task<int> RunAsync(string command, string[] args, int defaultMetricsPort, Action<WebApplicationBuilder, JobsOptions> addRole)
    {
        var port = Option(args, "--metrics-port") is { } p && int.TryParse(p, out var parsed) && parsed is > 0 and < 65536 ? parsed : defaultMetricsPort;
        var rest = StripOptions(args, "--metrics-port", "--queues");
        var builder = WebApplication.CreateBuilder(rest);
        if (!JobsServiceCollectionExtensions.UsesSharedStorage(builder.Configuration))
        {
            Console.Error.WriteLine($"{command}: ConnectionStrings:Queues (the queue Redis) is required; embedded mode runs jobs inside the storefront.");
            return 2;
        }

        builder.WebHost.UseUrls($"http://0.0.0.0:{port}");
        builder.AddServiceDefaults();
        builder.AddDixisBackend();
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds + 5));
        addRole(builder, options);
        await using var app = builder.Build();
        app.MapPrometheusScrapingEndpoint("/api/v1/metrics");
        app.MapGet("/api/v1/health/live", () => Results.Ok(new { status = "Healthy", role = command }));
        await app.RunAsync();
        return 0;
    }

    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        if (i >= 0 && i + 1 < args.Length)
        {
            return args[i + 1];
        }

        return args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
    }

    private static string[] StripOptions(string[] args, params string[] names)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (names.Contains(args[i]))
            {
                i++;
                continue;
            }

            if (!names.Any(n => args[i].StartsWith(n + "=", StringComparison.Ordinal)))
            {
                rest.Add(args[i]);
            }
        }

        return rest.ToArray();
    }
}
