using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dixis.Web.Tests;

/// <summary>The cart without JavaScript: add from the product page, change, remove, keep it as a guest, merge at login.</summary>
public sealed class CartPagesTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    [Fact]
    public async Task A_guest_adds_from_the_product_page_and_the_cart_groups_by_producer_with_subtotals()
    {
        using var client = fixture.CreateClient();
        using var added = await ShopForms.AddToCartAsync(client, ShopForms.Honey, 2);
        Assert.Equal("/cart", added.RequestMessage!.RequestUri!.AbsolutePath);
        var html = ShopForms.Decode(await added.Content.ReadAsStringAsync());
        Assert.Contains("Το προϊόν προστέθηκε στο καλάθι.", html);
        Assert.Contains("Μέλι Θυμαρίσιο Κρήτης", html);
        Assert.Contains("value=\"2\"", html);
        Assert.Contains("Καλάθι (<span class=\"cart-count\">2</span>)", html);

        await ShopForms.AddToCartAsync(client, ShopForms.Tsipouro, 1);
        var cart = await client.GetFromJsonAsync<JsonElement>("/api/v1/cart");
        var page = ShopForms.Decode(await client.GetStringAsync("/cart"));
        Assert.Equal(2, cart.GetProperty("producers").GetArrayLength());
        foreach (var group in cart.GetProperty("producers").EnumerateArray())
        {
            Assert.Contains($"Σύνολο προϊόντων — {group.GetProperty("producerName").GetString()}", page);
            Assert.Contains(ShopForms.Euro(group.GetProperty("goodsTotal").GetDecimal()), page);
        }

        Assert.Contains(ShopForms.Euro(cart.GetProperty("goodsTotal").GetDecimal()), page);
    }

    [Fact]
    public async Task Quantities_change_and_lines_go_through_the_line_forms()
    {
        using var client = fixture.CreateClient();
        await ShopForms.AddToCartAsync(client, ShopForms.Honey, 1);
        var productId = await ShopForms.ProductIdAsync(client, ShopForms.Honey);

        using var updated = await PageHtml.PostFormAsync(client, "/cart", "", new Dictionary<string, string>
        {
            ["productId"] = productId.ToString(),
            ["quantity"] = "3",
            ["action"] = "update",
        }, "/cart/update");
        Assert.Contains("Καλάθι (<span class=\"cart-count\">3</span>)", await updated.Content.ReadAsStringAsync());

        using var tooMany = await PageHtml.PostFormAsync(client, "/cart", "", new Dictionary<string, string>
        {
            ["productId"] = productId.ToString(),
            ["quantity"] = "999",
            ["action"] = "update",
        }, "/cart/update");
        Assert.Contains("Δεν υπάρχει αρκετό απόθεμα για αυτή την ποσότητα.", await tooMany.Content.ReadAsStringAsync());

        using var removed = await PageHtml.PostFormAsync(client, "/cart", "", new Dictionary<string, string>
        {
            ["productId"] = productId.ToString(),
            ["quantity"] = "3",
            ["action"] = "remove",
        }, "/cart/update");
        Assert.Contains("Το καλάθι σας είναι άδειο.", await removed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_cart_forms_refuse_a_post_without_the_antiforgery_token()
    {
        using var client = fixture.CreateClient();
        var productId = await ShopForms.ProductIdAsync(client, ShopForms.Honey);
        using var response = await client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productId"] = productId.ToString(),
            ["quantity"] = "1",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/cart")).GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task A_guest_cart_is_merged_into_the_account_at_login()
    {
        using var client = fixture.CreateClient();
        var email = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(client, "consumer", "Ελένη Παπαδοπούλου", email, null);
        await ShopForms.AddToCartAsync(client, ShopForms.Honey, 1);
        await PageHtml.PostFormAsync(client, "/", "logout", new Dictionary<string, string>(), "/account/logout");

        await ShopForms.AddToCartAsync(client, ShopForms.Tsipouro, 2);
        Assert.Contains("Καλάθι (<span class=\"cart-count\">2</span>)", await client.GetStringAsync("/cart"));

        using var login = await AccountForms.LoginAsync(client, email, AccountForms.Password);
        var html = ShopForms.Decode(await login.Content.ReadAsStringAsync());
        Assert.Contains("Καλάθι (<span class=\"cart-count\">3</span>)", html);
        var cart = ShopForms.Decode(await client.GetStringAsync("/cart"));
        Assert.Contains("Μέλι Θυμαρίσιο Κρήτης", cart);
        Assert.Contains("Τσίπουρο", cart);
    }

    [Fact]
    public async Task Shop_pages_carry_no_inline_script_or_style_and_are_not_indexed()
    {
        using var client = fixture.CreateClient();
        await ShopForms.AddToCartAsync(client, ShopForms.Honey);
        foreach (var path in new[] { "/cart", "/checkout", "/account/register" })
        {
            var html = await client.GetStringAsync(path);
            Assert.Empty(PageHtml.InlineCode(html));
        }

        using var quoted = await PageHtml.PostFormAsync(client, "/checkout", "checkout", ShopForms.Checkout("10557"));
        var checkout = await quoted.Content.ReadAsStringAsync();
        Assert.Empty(PageHtml.InlineCode(checkout));
        Assert.Matches("<meta name=\"robots\" content=\"noindex\"\\s*/?>", checkout);
    }
}
