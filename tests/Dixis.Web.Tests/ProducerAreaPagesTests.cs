using System.Net;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Producers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Web.Tests;

/// <summary>
/// The producer and admin areas without a browser (embedded mode): who may enter, the onboarding form's Greek errors,
/// the sales chart as inline SVG with a table, the admin's approve form, and no inline script or style anywhere.
/// </summary>
public sealed class ProducerAreaPagesTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    private const string AdminEmail = "admin@dixis.local";
    private const string AdminPassword = "Admin-Test-2026!x";

    [Fact]
    public async Task A_visitor_is_sent_to_log_in_and_comes_back_to_the_area()
    {
        using var client = fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var path in new[] { "/producer", "/producer/onboarding", "/admin", "/admin/orders" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/login?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_consumer_is_refused_both_areas_with_403()
    {
        using var client = fixture.CreateClient();
        await AccountForms.RegisterAsync(client, "consumer", "Καταναλωτής Δοκιμής", AccountForms.NewEmail(), null);
        var (producerStatus, producerHtml) = await PageHtml.GetAsync(client, "/producer");
        Assert.Equal(HttpStatusCode.Forbidden, producerStatus);
        Assert.Contains("Η περιοχή αυτή είναι για λογαριασμούς παραγωγών.", producerHtml);
        var (adminStatus, adminHtml) = await PageHtml.GetAsync(client, "/admin");
        Assert.Equal(HttpStatusCode.Forbidden, adminStatus);
        Assert.Contains("Η περιοχή αυτή είναι μόνο για διαχειριστές.", adminHtml);
        Assert.DoesNotContain("Περιοχή παραγωγού</a>", adminHtml);
    }

    [Fact]
    public async Task A_new_producer_lands_in_onboarding_and_a_bad_iban_and_afm_are_explained_in_greek()
    {
        using var client = fixture.CreateClient();
        using var registered = await AccountForms.RegisterAsync(client, "producer", "Νέος Παραγωγός", AccountForms.NewEmail(), null);
        Assert.EndsWith("/producer/onboarding", registered.RequestMessage!.RequestUri!.AbsolutePath);
        var onboarding = await registered.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Στοιχεία επιχείρησης</h1>", onboarding);
        Assert.Contains("aria-current=\"step\"", onboarding);

        using var bad = await PostProfileAsync(client, afm: "123456789", iban: "GR16 0110 1250 0000 0001 2300 696");
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"field-error\" id=\"afm-error\">Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).</p>", html);
        Assert.Contains("id=\"iban-error\">Το IBAN δεν είναι έγκυρο", html);
        Assert.Contains("value=\"Μελισσοκομείο Σελίδων\"", html);

        using var good = await PostProfileAsync(client, afm: "090000045", iban: "GR16 0110 1250 0000 0001 2300 695");
        Assert.EndsWith("/producer/onboarding/documents", good.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Empty(PageHtml.InlineCode(await good.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_producer_home_draws_sales_as_an_accessible_svg_with_a_table()
    {
        using var client = fixture.CreateClient();
        await AccountForms.RegisterAsync(client, "producer", "Παραγωγός Γραφήματος", AccountForms.NewEmail(), null);
        await PostProfileAsync(client, afm: "090000045", iban: "");
        var (status, html) = await PageHtml.GetAsync(client, "/producer?from=2026-11-01&to=2026-11-07");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<svg role=\"img\" aria-labelledby=\"sales-by-day-title sales-by-day-desc\"", html);
        Assert.Contains("<title id=\"sales-by-day-title\">Πωλήσεις ανά ημέρα</title>", html);
        Assert.Contains("<desc id=\"sales-by-day-desc\">Πωλήσεις ανά ημέρα από 1 ", html);
        Assert.Contains(": σύνολο 0,00 € από 0 παραγγελίες.</desc>", html);
        Assert.Equal(7, html.Split("<rect ").Length - 1);
        Assert.Equal(7, html.Split("<tr><th scope=\"row\">").Length - 1);
        Assert.Empty(PageHtml.InlineCode(html));

        var (badStatus, badHtml) = await PageHtml.GetAsync(client, "/producer?from=2026-11-07&to=2026-11-01");
        Assert.Equal(HttpStatusCode.OK, badStatus);
        Assert.Contains("Η περίοδος είναι από 1 έως 366 ημέρες", badHtml);
    }

    [Fact]
    public async Task The_admin_approves_a_pending_producer_from_its_page()
    {
        using var producer = fixture.CreateClient();
        await AccountForms.RegisterAsync(producer, "producer", "Παραγωγός προς Έγκριση", AccountForms.NewEmail(), null);
        await PostProfileAsync(producer, afm: "090000045", iban: "", business: "Κελάρι προς Έγκριση");
        Guid id;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<DixisDbContext>().Producers.Where(p => p.BusinessName == "Κελάρι προς Έγκριση").Select(p => p.Id).SingleAsync();
        }

        using var admin = fixture.CreateClient();
        await AdminForms.LoginAsync(admin, fixture.Services, AdminEmail, AdminPassword);
        var (status, html) = await PageHtml.GetAsync(admin, "/admin");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Κελάρι προς Έγκριση", html);
        Assert.Contains("href=\"/admin/jobs\"", html);
        Assert.Contains("admin-sales-by-region-title", html);
        Assert.Empty(PageHtml.InlineCode(html));

        using var refused = await PageHtml.PostFormAsync(admin, "/admin", $"decide-producer-{id}", new Dictionary<string, string>
        {
            ["Input.Id"] = id.ToString(),
            ["Input.Subject"] = "producer",
            ["Input.Name"] = "Κελάρι προς Έγκριση",
            ["Input.Decision"] = "reject",
            ["Input.Reason"] = "",
        });
        Assert.Contains("Το πεδίο είναι υποχρεωτικό.", await refused.Content.ReadAsStringAsync());

        using var approved = await PageHtml.PostFormAsync(admin, "/admin", $"decide-producer-{id}", new Dictionary<string, string>
        {
            ["Input.Id"] = id.ToString(),
            ["Input.Subject"] = "producer",
            ["Input.Name"] = "Κελάρι προς Έγκριση",
            ["Input.Decision"] = "approve",
        });
        Assert.Contains("Εγκρίθηκε: Κελάρι προς Έγκριση", await approved.Content.ReadAsStringAsync());
        await using var check = fixture.Services.CreateAsyncScope();
        Assert.Equal(ProducerStatus.Active, (await check.ServiceProvider.GetRequiredService<DixisDbContext>().Producers.SingleAsync(p => p.Id == id)).Status);
    }

    private static Task<HttpResponseMessage> PostProfileAsync(HttpClient client, string afm, string iban, string business = "Μελισσοκομείο Σελίδων") =>
        PageHtml.PostFormAsync(client, "/producer/onboarding", "producer-profile", new Dictionary<string, string>
        {
            ["Input.BusinessName"] = business,
            ["Input.Afm"] = afm,
            ["Input.TaxOffice"] = "ΔΟΥ Καλαμάτας",
            ["Input.Iban"] = iban,
            ["Input.Street"] = "Αριστομένους 5",
            ["Input.City"] = "Καλαμάτα",
            ["Input.PostalCode"] = "24100",
            ["Input.Description"] = "",
        });
}
