using System.Globalization;
using System.Net.Http.Json;
using Dixis.Api.Features.Gdpr;
using Dixis.Web.Accounts;

namespace Dixis.Web.Consent;

/// <summary>
/// Production mode: the consent endpoints over HTTP. The browser's consent and session cookies go to the API, and the
/// API's new consent cookie comes back to the browser; the client itself keeps no cookies (it serves every shopper).
/// </summary>
public sealed class HttpConsentClient(HttpClient http, IHttpContextAccessor accessor) : IConsentClient
{
    public async Task<ConsentsResponse> GetAsync(CancellationToken ct = default)
    {
        using var response = await http.SendAsync(Request(HttpMethod.Get, null), ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ConsentsResponse>(ct))!;
    }

    public async Task SaveAsync(bool analytics, bool marketing, CancellationToken ct = default)
    {
        using var response = await http.SendAsync(
            Request(HttpMethod.Put, JsonContent.Create(new ConsentsRequest(true, analytics, marketing, ConsentEndpoints.SourceWeb))), ct);
        response.EnsureSuccessStatusCode();
        if (accessor.HttpContext is { } context && response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values.Where(v => v.StartsWith(ConsentCookie.Name + "=", StringComparison.Ordinal)))
            {
                context.Response.Headers.Append("Set-Cookie", value);
            }
        }
    }

    private HttpRequestMessage Request(HttpMethod method, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, "api/v1/me/consents") { Content = content };
        request.Headers.AcceptLanguage.ParseAdd(CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "el-GR");
        var cookies = accessor.HttpContext?.Request.Cookies
            .Where(c => c.Key == ConsentCookie.Name || c.Key.StartsWith(HttpAccountClient.SessionCookie, StringComparison.Ordinal))
            .Select(c => $"{c.Key}={c.Value}").ToList();
        if (cookies is { Count: > 0 })
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies));
        }

        return request;
    }
}
