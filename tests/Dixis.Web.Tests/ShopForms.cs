using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Dixis.Web.Tests;

/// <summary>The shop's forms (add to cart, cart lines, checkout) posted as a browser without JavaScript would.</summary>
public static partial class ShopForms
{
    public const string Honey = "meli-thymarisio-kritis";
    public const string FlavouredHoney = "meli-thymarisio-me-karydia";
    public const string Tsipouro = "tsipouro";

    /// <summary>Adds <paramref name="quantity"/> of a product through the product page's form; the answer is the page it redirected to.</summary>
    public static async Task<HttpResponseMessage> AddToCartAsync(HttpClient client, string slug, int quantity = 1)
    {
        var productId = await ProductIdAsync(client, slug);
        return await PageHtml.PostFormAsync(client, "/product/" + slug, "", new Dictionary<string, string>
        {
            ["productId"] = productId.ToString(),
            ["slug"] = slug,
            ["quantity"] = quantity.ToString(CultureInfo.InvariantCulture),
        }, "/cart/add");
    }

    public static async Task<Guid> ProductIdAsync(HttpClient client, string slug)
    {
        var page = await client.GetStringAsync("/product/" + slug);
        return Guid.Parse(ProductId().Match(page).Groups[1].Value);
    }

    /// <summary>The checkout form's fields for a consumer paying <paramref name="payment"/> at <paramref name="postalCode"/>.</summary>
    public static Dictionary<string, string> Checkout(string postalCode, string payment = "cod", string action = "quote", string? afm = null) => new()
    {
        ["Input.BuyerType"] = afm is null ? "consumer" : "business",
        ["Input.Afm"] = afm ?? "",
        ["Input.Email"] = "agorastis@example.gr",
        ["Input.Name"] = "Μαρία Παπαδοπούλου",
        ["Input.Phone"] = "6912345678",
        ["Input.Street"] = "Πανεπιστημίου 30",
        ["Input.City"] = "Αθήνα",
        ["Input.PostalCode"] = postalCode,
        ["Input.PaymentMethod"] = payment,
        ["Input.Action"] = action,
    };

    /// <summary>The total the checkout page showed, as its hidden field carries it back.</summary>
    public static string ExpectedTotal(string html)
    {
        var match = ExpectedTotalField().Match(html);
        Assert.True(match.Success, "the checkout page shows no quote");
        return match.Groups[1].Value;
    }

    public static string Euro(decimal amount) => amount.ToString("#,##0.00", CultureInfo.GetCultureInfo("el-GR")) + " €";

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("name=\"productId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex ProductId();

    [GeneratedRegex("name=\"Input.ExpectedTotal\" value=\"([0-9.]+)\"")]
    private static partial Regex ExpectedTotalField();
}
