namespace Dixis.Web.Seo;

/// <summary>The storefront's page paths, in one place (links, canonical URLs, the sitemap and tests agree on them).</summary>
public static class Paths
{
    public const string Home = "/";
    public const string Producers = "/producers";
    public const string Search = "/search";
    public const string Login = "/account/login";
    public const string Register = "/account/register";
    public const string Logout = "/account/logout";

    public static string Category(string slug) => "/category/" + Uri.EscapeDataString(slug);

    public static string Product(string slug) => "/product/" + Uri.EscapeDataString(slug);

    public static string Producer(string slug) => "/producer/" + Uri.EscapeDataString(slug);
}
