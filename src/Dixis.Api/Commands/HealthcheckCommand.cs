namespace Dixis.Api.Commands;

/// <summary>
/// <c>healthcheck [url]</c>: exit 0 when the URL answers 2xx within 5 seconds, 1 otherwise.
/// The container images have no curl; this is their HEALTHCHECK.
/// </summary>
public static class HealthcheckCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/api/v1/health/live";

    public static async Task<int> RunAsync(string[] args)
    {
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
