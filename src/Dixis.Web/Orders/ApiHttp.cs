using System.Globalization;
using System.Net.Http.Json;
using Dixis.Api.Features.Cart;
using Dixis.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Web.Orders;

/// <summary>
/// Production mode: one call of the order, cart or address API on behalf of the current shopper. The browser's session
/// cookie and guest cart cookie go to the API (so a guest cart merges into the account once both are present), the
/// API's <c>Set-Cookie</c> for them comes back to the browser, and problems come back as <see cref="ApiResult{T}"/>.
/// The client itself keeps no cookies: it serves every shopper.
/// </summary>
public sealed class ApiHttp(HttpClient http, IHttpContextAccessor accessor)
{
    /// <summary>True when the browser sent a session or a guest cart: without either, there is nothing to ask.</summary>
    public bool HasShopperCookies => ShopperCookies() is not null;

    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string url, object? body = null, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "el-GR");
        if (ShopperCookies() is { } cookies)
        {
            request.Headers.Add("Cookie", cookies);
        }

        using var response = await http.SendAsync(request, ct);
        PassCookiesOn(response);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return ApiResult.Ok<T>(response.Content.Headers.ContentLength is 0 || status == StatusCodes.Status204NoContent ? default : await response.Content.ReadFromJsonAsync<T>(ct), status);
        }

        // 4xx is the shopper's to see (a field to fix, a product sold out); 5xx means the API is not serving.
        if (status >= 500)
        {
            throw new HttpRequestException($"The API answered {status}", null, response.StatusCode);
        }

        var problem = response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json"
            ? await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(ct)
            : null;
        return ApiResult.Failed<T>(status, problem?.Type, problem?.Title, problem?.Detail, problem?.Errors, problem is null ? [] : InProcessResults.Products(problem));
    }

    private string? ShopperCookies()
    {
        var cookies = accessor.HttpContext?.Request.Cookies;
        var wanted = cookies?.Where(c => IsShopperCookie(c.Key)).Select(c => $"{c.Key}={c.Value}").ToList();
        return wanted is null || wanted.Count == 0 ? null : string.Join("; ", wanted);
    }

    private void PassCookiesOn(HttpResponseMessage response)
    {
        if (accessor.HttpContext is { Response.HasStarted: false } context && response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values.Where(IsShopperCookie))
            {
                context.Response.Headers.Append("Set-Cookie", value);
            }
        }
    }

    private static bool IsShopperCookie(string nameOrHeader) =>
        nameOrHeader.StartsWith(HttpAccountClient.SessionCookie, StringComparison.Ordinal) || nameOrHeader.StartsWith(CartAccess.TokenCookie + "=", StringComparison.Ordinal)
        || nameOrHeader == CartAccess.TokenCookie;
}
