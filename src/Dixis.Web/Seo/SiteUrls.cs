namespace Dixis.Web.Seo;

/// <summary>
/// Absolute URLs for canonical links and the sitemap. <c>Storefront:PublicUrl</c> (e.g. <c>https://dixis.gr</c>) names the
/// public site behind the proxy; without it the request's own scheme and host are used (embedded mode).
/// </summary>
public sealed class SiteUrls(IConfiguration configuration, IHttpContextAccessor accessor)
{
    public string Base
    {
        get
        {
            var configured = configuration["Storefront:PublicUrl"];
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured.TrimEnd('/');
            }

            var request = accessor.HttpContext?.Request;
            return request is null ? "http://localhost:3000" : $"{request.Scheme}://{request.Host}";
        }
    }

    public string Absolute(string path) => Base + path;
}
