using System.Globalization;
using Dixis.Web.Accounts;

namespace Dixis.Web.Producer;

/// <summary>
/// Production mode: passes the browser's session cookie (<c>dixis.auth*</c>) and the page's language to the API on
/// every call of the producer and admin clients. The pooled client itself keeps no cookies.
/// </summary>
public sealed class SessionForwardingHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.AcceptLanguage.Clear();
        request.Headers.AcceptLanguage.ParseAdd(CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "el-GR");
        var cookies = accessor.HttpContext?.Request.Cookies
            .Where(c => c.Key.StartsWith(HttpAccountClient.SessionCookie, StringComparison.Ordinal))
            .Select(c => $"{c.Key}={c.Value}").ToList();
        request.Headers.Remove("Cookie");
        if (cookies is { Count: > 0 })
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
