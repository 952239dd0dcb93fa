using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dixis.Web.Tests;

/// <summary>
/// Production mode: the producer and admin areas through their HTTP clients against the real API (the embedded
/// fixture's <c>/api/v1</c>), with the browser's session passed on: onboarding, a document and a product photo sent as
/// multipart, refusals in Greek, and the admin's approval.
/// </summary>
public sealed partial class ProducerAreaOverHttpTests : IClassFixture<StorefrontFixture>, IDisposable
{
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly WebApplicationFactory<Program> _storefront;
    private readonly StorefrontFixture _api;

    public ProducerAreaOverHttpTests(StorefrontFixture api)
    {
        _api = api;
        _storefront = ProductionStorefront.Against(api, "dixis-prod-areas-");
    }

    [Fact]
    public async Task A_producer_onboards_over_http_and_the_admin_approves_the_product()
    {
        using var client = _storefront.CreateClient();
        using var registered = await AccountForms.RegisterAsync(client, "producer", "Παραγωγός HTTP", AccountForms.NewEmail(), null);
        Assert.EndsWith("/producer/onboarding", registered.RequestMessage!.RequestUri!.AbsolutePath);

        using var profile = await PageHtml.PostFormAsync(client, "/producer/onboarding", "producer-profile", new Dictionary<string, string>
        {
            ["Input.BusinessName"] = "Τυροκομείο Πάνω από HTTP",
            ["Input.Afm"] = "090000045",
            ["Input.TaxOffice"] = "ΔΟΥ Ιωαννίνων",
            ["Input.Iban"] = "GR1601101250000000012300695",
            ["Input.Street"] = "Δωδώνης 3",
            ["Input.City"] = "Ιωάννινα",
            ["Input.PostalCode"] = "45221",
        });
        Assert.EndsWith("/producer/onboarding/documents", profile.RequestMessage!.RequestUri!.AbsolutePath);

        using var html = await PostMultipartAsync(client, "/producer/onboarding/documents", "producer-document",
            new() { ["Input.Kind"] = "registration" }, "file", "<html></html>"u8.ToArray(), "doc.pdf");
        Assert.Contains("Τα έγγραφα πρέπει να είναι PDF, JPEG ή PNG", await html.Content.ReadAsStringAsync());
        using var document = await PostMultipartAsync(client, "/producer/onboarding/documents", "producer-document",
            new() { ["Input.Kind"] = "licence" }, "file", OnePixelPng, "adeia.png");
        Assert.Contains("Το έγγραφο «adeia.png» αποθηκεύτηκε.", await document.Content.ReadAsStringAsync());

        using var product = await PostMultipartAsync(client, "/producer/onboarding/product", "producer-product", new()
        {
            ["Input.Name"] = "Φέτα Ηπείρου HTTP",
            ["Input.CategorySlug"] = "tyria",
            ["Input.Price"] = "7,90",
            ["Input.Unit"] = "piece",
            ["Input.WeightGrams"] = "450",
            ["Input.VatRateClass"] = "reduced",
            ["Input.Stock"] = "30",
        }, "image", OnePixelPng, "feta.png");
        Assert.EndsWith("/producer/onboarding/done", product.RequestMessage!.RequestUri!.AbsolutePath);
        var (_, products) = await PageHtml.GetAsync(client, "/producer/products");
        Assert.Contains("Φέτα Ηπείρου HTTP", products);
        Assert.Contains("7,90 €", products);

        using var admin = _storefront.CreateClient();
        await AdminForms.LoginAsync(admin, _api.Services, "admin@dixis.local", "Admin-Test-2026!x");
        var (status, adminHtml) = await PageHtml.GetAsync(admin, "/admin");
        Assert.Equal(HttpStatusCode.OK, status);
        var id = ProductForm().Match(adminHtml);
        Assert.True(id.Success, "the pending product has no decision form");
        using var approved = await PageHtml.PostFormAsync(admin, "/admin", $"decide-product-{id.Groups[1].Value}", new Dictionary<string, string>
        {
            ["Input.Id"] = id.Groups[1].Value,
            ["Input.Subject"] = "product",
            ["Input.Name"] = "Φέτα Ηπείρου HTTP",
            ["Input.Decision"] = "approve",
        });
        Assert.Contains("Εγκρίθηκε: Φέτα Ηπείρου HTTP", await approved.Content.ReadAsStringAsync());
        var (_, after) = await PageHtml.GetAsync(client, "/producer/products");
        Assert.Contains("Εγκρίθηκε", after);
    }

    public void Dispose() => _storefront.Dispose();

    private static async Task<HttpResponseMessage> PostMultipartAsync(
        HttpClient client, string path, string formName, Dictionary<string, string> fields, string fileField, byte[] file, string fileName)
    {
        var page = await client.GetStringAsync(path);
        var token = Token().Match(page);
        Assert.True(token.Success, "the page has no antiforgery token");
        var form = new MultipartFormDataContent
        {
            { new StringContent(formName), "_handler" },
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, fileField, fileName);
        return await client.PostAsync(path, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<h3 id=\"product-([0-9a-f-]{36})\">Φέτα Ηπείρου HTTP</h3>")]
    private static partial Regex ProductForm();
}
