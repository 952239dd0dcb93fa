namespace Dixis.Api.Commands;

/// <summary>
/// <c>healthcheck [url]</c>: exit 0 when the URL answers 2xx within 5 seconds, 1 otherwise.
/// <c>healthcheck --heartbeat FILE [--max-age 30]</c>: exit 0 when a worker touched FILE within max-age seconds.
/// The container images have no curl; this is their HEALTHCHECK.
/// </summary>
public static class HealthcheckCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/api/v1/health/live";

    public static async Task<int> RunAsync(string[] args)
    {
        if (JobHostCommand.Option(args, "--heartbeat") is { } heartbeat)
        {
            // Workers have no public HTTP server: their liveness is a file they keep touching.
            var maxAge = JobHostCommand.Option(args, "--max-age") is { } s && int.TryParse(s, out var seconds) && seconds > 0 ? seconds : 30;
            var fresh = Infrastructure.Jobs.WorkerHeartbeat.IsFresh(heartbeat, TimeSpan.FromSeconds(maxAge));
            Console.WriteLine($"healthcheck: heartbeat {heartbeat} {(fresh ? "fresh" : "stale or missing")}");
            return fresh ? 0 : 1;
        }

        var url = args.FirstOrDefault(a => !a.StartsWith('-')) ?? DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            Console.Error.WriteLine($"healthcheck: '{url}' is not an http(s) URL");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(uri);
            Console.WriteLine($"healthcheck: {(int)response.StatusCode} {uri}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"healthcheck: {uri} unreachable ({e.GetType().Name})");
            return 1;
        }
    }
}
