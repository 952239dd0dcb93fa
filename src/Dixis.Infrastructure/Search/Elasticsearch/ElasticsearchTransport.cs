using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using EsMethod = Elastic.Transport.HttpMethod;

namespace Dixis.Infrastructure.Search.Elasticsearch;

/// <summary>An Elasticsearch answer: status code and raw JSON body.</summary>
public sealed record ElasticsearchResponse(int StatusCode, string Body)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}

/// <summary>Sends one request to Elasticsearch. The engine builds every body itself, so tests can record them exactly.</summary>
public interface IElasticsearchTransport
{
    Task<ElasticsearchResponse> SendAsync(string method, string path, string? body, CancellationToken ct = default);
}

/// <summary>The transport of the official client (<c>Elastic.Clients.Elasticsearch</c>): connection pool, retries, TLS.</summary>
public sealed class ElasticClientTransport(ElasticsearchClient client) : IElasticsearchTransport
{
    public ElasticClientTransport(Uri url)
        : this(new ElasticsearchClient(new ElasticsearchClientSettings(url).RequestTimeout(TimeSpan.FromSeconds(30))))
    {
    }

    public async Task<ElasticsearchResponse> SendAsync(string method, string path, string? body, CancellationToken ct = default)
    {
        var verb = method switch
        {
            "GET" => EsMethod.GET,
            "PUT" => EsMethod.PUT,
            "POST" => EsMethod.POST,
            "DELETE" => EsMethod.DELETE,
            "HEAD" => EsMethod.HEAD,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unsupported HTTP method."),
        };
        var response = body is null
            ? await client.Transport.RequestAsync<StringResponse>(verb, path, ct)
            : await client.Transport.RequestAsync<StringResponse>(verb, path, PostData.String(body), ct);
        return new ElasticsearchResponse(response.ApiCallDetails.HttpStatusCode ?? 0, response.Body ?? "");
    }
}
