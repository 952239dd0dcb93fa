using System.Net;
using System.Xml.Linq;

namespace Dixis.Web.Tests;

/// <summary>The storefront's pages and files without a browser: status codes, HTML, SEO files, language, no inline code.</summary>
public sealed class StorefrontPagesTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    public static TheoryData<string> Pages =>
    [
        "/",
        "/category/meli",
        "/category/tyria?label=pdo&organic=true&minPrice=5&maxPrice=20,50&sort=price-asc",
        "/product/meli-thymarisio-kritis",
        "/producers",
        "/producer/melissokomia-psiloreiti",
        "/search?q=meli",
        "/search?q=%CE%BC%CE%B5%CE%BB%CE%B9&label=pdo",
        "/search",
        "/account/login",
        "/account/register",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_answer_greek_html_with_no_inline_script_or_style(string path)
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"el\">", html);
        Assert.Empty(PageHtml.InlineCode(html));
        Assert.Matches("<script src=\"js/suggest\\.[a-z0-9]+\\.js\" defer></script>", html);
        Assert.Contains("<main id=\"main\"", html);
    }

    [Theory]
    [InlineData("/product/den-yparchei")]
    [InlineData("/category/den-yparchei")]
    [InlineData("/producer/den-yparchei")]
    [InlineData("/kamia-selida")]
    public async Task Unknown_pages_are_a_greek_404_page(string path)
    {
        using var client = fixture.CreateClient();
        var (status, html) = await PageHtml.GetAsync(client, path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Η σελίδα δεν βρέθηκε", html);
    }

    [Fact]
    public async Task Unknown_api_paths_keep_their_problem_details()
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync("/api/v1/den-yparchei");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/category/meli?minPrice=abc&maxPrice=-3&page=xyz&label=zzz&sort=nope", "Η τιμή είναι θετικό ποσό")]
    [InlineData("/search?q=%3Cscript%3E", "Το κείμενο περιέχει μη επιτρεπτούς χαρακτήρες.")]
    [InlineData("/search?q=meli&minPrice=30&maxPrice=10", "Η ελάχιστη τιμή δεν μπορεί να είναι μεγαλύτερη από τη μέγιστη.")]
    public async Task Bad_filters_are_explained_on_the_page_not_failed(string path, string message)
    {
        using var client = fixture.CreateClient();
        var (status, html) = await PageHtml.GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains(message, html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task The_product_page_carries_title_description_canonical_and_label_facts()
    {
        using var client = fixture.CreateClient();
        var (_, html) = await PageHtml.GetAsync(client, "/product/feta-lesvou");
        Assert.Contains("<title>Φέτα Λέσβου — Τυροκομείο Καλλονής | Dixis</title>", html);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/product/feta-lesvou\" />", html);
        Assert.Matches("<meta name=\"description\" content=\"Φέτα Λέσβου — Τυροκομείο Καλλονής, [^\"]+\" />", html);
        Assert.Contains("<span class=\"price price-large\">11,50 €</span>", html);
        Assert.Contains("11,50 €/kg", html);
        Assert.Contains("<strong class=\"allergen\">γάλα</strong>", html);
        Assert.Contains("<abbr class=\"badge badge-quality\" title=\"Προστατευόμενη Ονομασία Προέλευσης\">ΠΟΠ</abbr>", html);
        Assert.Contains("Λέσβος", html);
    }

    [Fact]
    public async Task The_product_page_is_canonical_under_its_slug_when_opened_by_id()
    {
        using var client = fixture.CreateClient();
        var product = await client.GetStringAsync("/api/v1/products/meli-thymarisio-kritis");
        var id = System.Text.Json.JsonDocument.Parse(product).RootElement.GetProperty("summary").GetProperty("id").GetString();
        var (status, html) = await PageHtml.GetAsync(client, "/product/" + id);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/product/meli-thymarisio-kritis\" />", html);
    }

    [Fact]
    public async Task Sitemap_lists_every_category_product_and_producer_page()
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/", urls);
        Assert.Contains("http://localhost/category/meli", urls);
        Assert.Contains("http://localhost/product/meli-thymarisio-kritis", urls);
        Assert.Contains("http://localhost/producer/melissokomia-psiloreiti", urls);
        Assert.Equal(85, urls.Count(u => u.Contains("/product/", StringComparison.Ordinal)));
        Assert.Equal(12, urls.Count(u => u.Contains("/producer/", StringComparison.Ordinal)));
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public async Task Robots_points_to_the_sitemap_and_keeps_crawlers_out_of_accounts_and_the_api()
    {
        using var client = fixture.CreateClient();
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Disallow: /account/", robots);
        Assert.Contains("Disallow: /api/", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task The_language_switch_sets_a_cookie_and_returns_to_the_same_page()
    {
        using var client = fixture.CreateClient(new() { AllowAutoRedirect = false });
        using var toEnglish = await client.GetAsync("/culture?lang=en&returnUrl=%2Fcategory%2Fmeli");
        Assert.Equal(HttpStatusCode.Redirect, toEnglish.StatusCode);
        Assert.Equal("/category/meli", toEnglish.Headers.Location?.OriginalString);
        var cookie = toEnglish.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/category/meli");
        english.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var page = await client.SendAsync(english);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Honey</h1>", html);
        Assert.Matches("€\\d+\\.\\d{2}", html);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task The_language_switch_never_redirects_off_site(string returnUrl)
    {
        using var client = fixture.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/culture?lang=en&returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Pages_stay_greek_for_an_english_browser_while_api_problems_follow_accept_language()
    {
        using var client = fixture.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        Assert.Contains("<html lang=\"el\">", await client.GetStringAsync("/"));
        using var problem = await client.GetAsync("/api/v1/products?page=0");
        Assert.Contains("\"title\":\"The data you sent is not valid.\"", await problem.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Suggestions_answer_json_for_the_script_and_400_for_bad_input()
    {
        using var client = fixture.CreateClient();
        var json = await client.GetStringAsync("/search/suggest?q=thym");
        Assert.Contains("\"slug\":\"meli-thymarisio-kritis\"", json);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/search/suggest?q=")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/search/suggest?q=%3Cb%3E")).StatusCode);
    }

    [Fact]
    public async Task Paging_links_keep_the_filters()
    {
        using var client = fixture.CreateClient();
        var (_, html) = await PageHtml.GetAsync(client, "/search?q=meli&organic=true&sort=name");
        Assert.Contains("name=\"organic\" type=\"checkbox\" value=\"true\" checked", html);
        var (_, all) = await PageHtml.GetAsync(client, "/category/votana-mpacharika?sort=price-asc");
        Assert.Contains("<option value=\"price-asc\" selected", all);
    }
}
