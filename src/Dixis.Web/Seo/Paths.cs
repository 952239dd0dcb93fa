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
    public const string Cart = "/cart";
    public const string Checkout = "/checkout";
    public const string MyOrders = "/account/orders";
    public const string Profile = "/account/profile";

    /// <summary>Where the payment page sends the buyer back, and where a cash-on-delivery checkout lands: the confirmation.</summary>
    public static string CheckoutResult(Guid checkoutId) => $"/checkout/{checkoutId}/result";

    public static string Category(string slug) => "/category/" + Uri.EscapeDataString(slug);

    public static string Product(string slug) => "/product/" + Uri.EscapeDataString(slug);

    public static string Producer(string slug) => "/producer/" + Uri.EscapeDataString(slug);
}
