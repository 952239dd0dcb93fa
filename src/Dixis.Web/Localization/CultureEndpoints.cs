using Microsoft.AspNetCore.Localization;

namespace Dixis.Web.Localization;

/// <summary>
/// <c>GET /culture?lang=en&amp;returnUrl=/...</c>: the language switch, a plain link that works without JavaScript. It sets the
/// culture cookie (read by request localisation) and sends the shopper back to the page they were on.
/// </summary>
public static class CultureEndpoints
{
    public const string Path = "/culture";

    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (string? lang, string? returnUrl, HttpContext context) =>
        {
            var culture = lang == "en" ? "en" : "el-GR";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    Path = "/",
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    // A language choice is part of the service asked for, not tracking.
                    IsEssential = true,
                });
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>Only paths of this site: no scheme, no host, no protocol-relative <c>//</c> or <c>/\</c>.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    /// <summary>
    /// Pages are Greek unless the shopper picked English (the culture cookie); a browser's Accept-Language still chooses
    /// the language of API problem details under <c>/api</c>, as the API documents.
    /// </summary>
    public static IServiceCollection AddStorefrontCultures(this IServiceCollection services) =>
        services.PostConfigure<RequestLocalizationOptions>(o =>
        {
            var accept = o.RequestCultureProviders.OfType<AcceptLanguageHeaderRequestCultureProvider>().FirstOrDefault();
            if (accept is not null)
            {
                o.RequestCultureProviders[o.RequestCultureProviders.IndexOf(accept)] = new CustomRequestCultureProvider(context =>
                    context.Request.Path.StartsWithSegments("/api")
                        ? accept.DetermineProviderCultureResult(context)
                        : Task.FromResult<ProviderCultureResult?>(null));
            }
        });
}
