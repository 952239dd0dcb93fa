using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Web.Producer;

/// <summary>Reads an API response into an <see cref="AreaResult{T}"/>: 2xx is the value, 4xx the problem (the person's to fix), 5xx an outage.</summary>
public static class ApiAnswers
{
    public static async Task<AreaResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return AreaResult.Ok(response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<T>(ct));
        }

        // A 5xx means the API is not serving: the storefront answers its Greek 503 page.
        if ((int)response.StatusCode >= 500)
        {
            throw new HttpRequestException($"The API answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        var problem = response.Content.Headers.ContentLength == 0 ? null : await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(ct);
        return AreaResult.Failed<T>(problem is { Errors.Count: 0, Detail: { } detail } ? detail : problem?.Title ?? response.ReasonPhrase, problem?.Errors);
    }

    /// <summary>A read that may be absent (404): null then.</summary>
    public static async Task<T?> ReadOrNullAsync<T>(HttpResponseMessage response, CancellationToken ct)
        where T : class =>
        response.StatusCode == HttpStatusCode.NotFound ? null : (await ReadAsync<T>(response, ct)).Value;
}
