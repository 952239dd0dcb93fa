using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dixis.Web.Tests;

/// <summary>
/// Production mode against a real API: the storefront with <c>Api:BaseUrl</c> whose HTTP clients reach the embedded
/// fixture's <c>/api/v1</c> (the same backend code the API process serves), so the HTTP readers and the account client
/// are checked against real answers: catalogue, search, problem details, and the session cookie passed on.
/// </summary>
public sealed class ProductionWithApiTests : IClassFixture<StorefrontFixture>, IDisposable
{
    private readonly WebApplicationFactory<Program> _storefront;

    public ProductionWithApiTests(StorefrontFixture api)
    {
        _storefront = ProductionStorefront.Against(api, "dixis-prod-api-");
    }

    [Fact]
    public async Task Pages_read_catalogue_and_search_over_http()
    {
        using var client = _storefront.CreateClient();
        var (status, home) = await PageHtml.GetAsync(client, "/");
        Assert.True(status == HttpStatusCode.OK, home);
        Assert.Contains("href=\"/category/meli\"", home);

        var (_, product) = await PageHtml.GetAsync(client, "/product/meli-thymarisio-kritis");
        Assert.Contains("<h1>Μέλι Θυμαρίσιο Κρήτης</h1>", product);
        Assert.Contains("<link rel=\"canonical\" href=\"https://dixis.example/product/meli-thymarisio-kritis\" />", product);

        var (_, search) = await PageHtml.GetAsync(client, "/search?q=meli&label=pdo");
        Assert.DoesNotContain("role=\"alert\"", search);
        var (_, found) = await PageHtml.GetAsync(client, "/search?q=%CE%9C%CE%95%CE%9B%CE%99");
        Assert.Contains("Θυμαρίσιο Κρήτης", found);

        var (_, category) = await PageHtml.GetAsync(client, "/category/tyria?label=pdo&maxPrice=15");
        Assert.Contains("ΠΟΠ", category);
        Assert.Contains("Sitemap: https://dixis.example/sitemap.xml", await client.GetStringAsync("/robots.txt"));
        Assert.Contains("https://dixis.example/producer/melissokomia-psiloreiti", await client.GetStringAsync("/sitemap.xml"));
        Assert.Contains("meli-thymarisio-kritis", await client.GetStringAsync("/search/suggest?q=thym"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/product/den-yparchei")).StatusCode);
    }

    [Fact]
    public async Task Register_and_login_go_through_the_api_and_the_session_cookie_comes_back()
    {
        using var client = _storefront.CreateClient();
        using var badAfm = await AccountForms.RegisterAsync(client, "business", "Παντοπωλείο", AccountForms.NewEmail(), "123456789");
        Assert.Contains("Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).", await badAfm.Content.ReadAsStringAsync());

        var email = AccountForms.NewEmail();
        using var registered = await AccountForms.RegisterAsync(client, "business", "Ταβέρνα Το Μελίσσι", email, "090000045");
        Assert.Contains("Συνδεθήκατε ως <strong>Ταβέρνα Το Μελίσσι</strong>", await registered.Content.ReadAsStringAsync());

        using var logout = await PageHtml.PostFormAsync(client, "/", "logout", new Dictionary<string, string>(), "/account/logout");
        Assert.DoesNotContain("Συνδεθήκατε ως", await client.GetStringAsync("/"));

        using var login = await AccountForms.LoginAsync(client, email, AccountForms.Password);
        Assert.Contains("Συνδεθήκατε ως <strong>Ταβέρνα Το Μελίσσι</strong>", await login.Content.ReadAsStringAsync());
    }

    public void Dispose() => _storefront.Dispose();
}
