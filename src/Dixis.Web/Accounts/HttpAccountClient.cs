using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Web.Accounts;

/// <summary>
/// Production mode: the account endpoints over HTTP. The API's <c>Set-Cookie</c> answers are passed on to the browser
/// and the browser's session cookie is passed to the API; the client itself keeps no cookies (it serves every shopper).
/// </summary>
public sealed class HttpAccountClient(HttpClient http, IHttpContextAccessor accessor) : IAccountClient
{
    /// <summary>The API's session cookie (chunked cookies add C1, C2... to the name).</summary>
    public const string SessionCookie = "dixis.auth";

    public async Task<AccountResult> RegisterAsync(RegisterRequest request, CancellationToken ct = default)
    {
        using var response = await http.SendAsync(Request(HttpMethod.Post, "api/v1/accounts/register", JsonContent.Create(request)), ct);
        return response.StatusCode == HttpStatusCode.Created
            ? AccountResult.Ok(await response.Content.ReadFromJsonAsync<MeResponse>(ct))
            : await FailureAsync(response, ct);
    }

    public async Task<AccountResult> LoginAsync(LoginRequest request, CancellationToken ct = default)
    {
        using var response = await http.SendAsync(Request(HttpMethod.Post, "api/v1/accounts/login?useCookies=true", JsonContent.Create(request)), ct);
        if (!response.IsSuccessStatusCode)
        {
            return await FailureAsync(response, ct);
        }

        PassCookiesOn(response);
        return AccountResult.Ok();
    }

    public async Task LogoutAsync(CancellationToken ct = default)
    {
        if (SessionCookies() is null)
        {
            return;
        }

        using var response = await http.SendAsync(Request(HttpMethod.Post, "api/v1/accounts/logout", content: null, withSession: true), ct);
        PassCookiesOn(response);
        // Whatever the API said, the browser's copy goes: a stale cookie would only be refused later.
        accessor.HttpContext?.Response.Cookies.Delete(SessionCookie);
    }

    public async Task<MeResponse?> MeAsync(CancellationToken ct = default)
    {
        if (SessionCookies() is null)
        {
            return null;
        }

        using var response = await http.SendAsync(Request(HttpMethod.Get, "api/v1/accounts/me", content: null, withSession: true), ct);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<MeResponse>(ct);
    }

    private HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content, bool withSession = false)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        // The API answers problems in the shopper's language.
        request.Headers.AcceptLanguage.ParseAdd(CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "el-GR");
        if (withSession && SessionCookies() is { } cookies)
        {
            request.Headers.Add("Cookie", cookies);
        }

        return request;
    }

    private string? SessionCookies()
    {
        var cookies = accessor.HttpContext?.Request.Cookies;
        if (cookies is null)
        {
            return null;
        }

        var session = cookies.Where(c => c.Key.StartsWith(SessionCookie, StringComparison.Ordinal)).Select(c => $"{c.Key}={c.Value}").ToList();
        return session.Count == 0 ? null : string.Join("; ", session);
    }

    private void PassCookiesOn(HttpResponseMessage response)
    {
        if (accessor.HttpContext is { } context && response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values.Where(v => v.StartsWith(SessionCookie, StringComparison.Ordinal)))
            {
                context.Response.Headers.Append("Set-Cookie", value);
            }
        }
    }

    // 4xx answers are the shopper's to fix and carry a problem detail; a 5xx means the API is not serving.
    private static async Task<AccountResult> FailureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if ((int)response.StatusCode >= 500)
        {
            throw new HttpRequestException($"The account API answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(ct);
        return AccountResult.Failed(problem?.Title, problem?.Errors, problem?.Detail) with { TwoFactorRequired = AccountResult.IsTwoFactorProblem(problem?.Type) };
    }
}
