using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Http;

namespace Dixis.ServiceDefaults;

/// <summary>
/// Every cookie any part of Dixis sets (session, antiforgery, culture, cart, two-factor) leaves HttpOnly, SameSite at
/// least Lax, and Secure when the request came over HTTPS, whatever options its own code passed. No script reads cookies.
/// </summary>
public static class SecureCookies
{
    public static IApplicationBuilder UseSecureCookies(this IApplicationBuilder app) => app.UseCookiePolicy(new CookiePolicyOptions
    {
        HttpOnly = HttpOnlyPolicy.Always,
        Secure = CookieSecurePolicy.SameAsRequest,
        MinimumSameSitePolicy = SameSiteMode.Lax,
    });
}
