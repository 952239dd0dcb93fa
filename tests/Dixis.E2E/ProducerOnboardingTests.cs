using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Dixis.E2E;

/// <summary>
/// The producer area as a person uses it: sign-up, the onboarding wizard (business details, a document, a first product
/// with its photo), then an admin approves both and the product is in the shop. Timed: the whole journey must take a
/// person under 5 minutes. Also: an invalid AFM and a non-image photo are refused with Greek messages; axe on the areas.
/// </summary>
[Collection(StorefrontTests.Name)]
public sealed class ProducerOnboardingTests(StorefrontFixture storefront, ITestOutputHelper output) : BrowserTest(storefront)
{
    private const string Password = "Melissa-Kritis-2026!";

    // A real 1×1 PNG (the smallest valid one); the server decodes and re-encodes it.
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static readonly byte[] SmallPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task A_producer_goes_from_sign_up_to_a_product_on_sale_in_under_five_minutes() => RunAsync(async page =>
    {
        var unique = Random.Shared.Next(100_000, 999_999);
        var business = $"Μελισσοκομείο Ελάτης {unique}";
        var product = $"Μέλι Ελάτης Μαινάλου {unique}";
        var clock = Stopwatch.StartNew();

        await page.GotoAsync("/account/register?type=producer");
        await page.GetByLabel("Ονοματεπώνυμο ή επωνυμία").FillAsync("Γιώργος Μελισσουργός");
        await page.GetByLabel("Email").FillAsync($"e2e-producer-{Guid.NewGuid():N}@example.gr");
        await page.GetByLabel("Κωδικός").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Εγγραφή" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/producer/onboarding$"));

        await FillBusinessAsync(page, business, "090000045");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση και συνέχεια" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/producer/onboarding/documents$"));

        await page.GetByLabel("Είδος εγγράφου").SelectOptionAsync("registration");
        await page.GetByLabel("Αρχείο").SetInputFilesAsync(new FilePayload { Name = "bebaiosi-enarxis.pdf", MimeType = "application/pdf", Buffer = SmallPdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ανέβασμα" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("αποθηκεύτηκε");
        await page.GetByRole(AriaRole.Link, new() { Name = "Συνέχεια: το πρώτο σας προϊόν" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/producer/onboarding/product$"));
        await page.GetByLabel("Όνομα προϊόντος").FillAsync(product);
        await page.GetByLabel("Κατηγορία").SelectOptionAsync("meli");
        await page.GetByLabel("Τιμή με ΦΠΑ (€)").FillAsync("12,40");
        await page.GetByLabel("Βάρος αποστολής (γραμμάρια)").FillAsync("600");
        await page.GetByLabel("Απόθεμα (κενό = χωρίς όριο)").FillAsync("25");
        await page.GetByLabel("Περιγραφή").FillAsync("Μέλι ελάτης από το Μαίναλο, ανεπεξέργαστο.");
        await page.GetByLabel("Φωτογραφία (προαιρετική)").SetInputFilesAsync(new FilePayload { Name = "meli.png", MimeType = "image/png", Buffer = OnePixelPng });
        await page.GetByRole(AriaRole.Button, new() { Name = "Υποβολή για έγκριση" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/producer/onboarding/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Το προϊόν σας στάλθηκε για έγκριση");
        var producerTime = clock.Elapsed;

        await using (var adminContext = await Storefront.Browser!.NewContextAsync(new() { BaseURL = Storefront.BaseUrl, Locale = "el-GR" }))
        {
            var admin = await adminContext.NewPageAsync();
            await AdminLogin.LoginAsync(admin, Storefront);

            var producerCard = admin.Locator("article", new() { Has = admin.GetByRole(AriaRole.Heading, new() { Name = business }) });
            await producerCard.GetByRole(AriaRole.Button, new() { Name = "Έγκριση" }).ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Εγκρίθηκε: {business}");
            var productCard = admin.Locator("article", new() { Has = admin.GetByRole(AriaRole.Heading, new() { Name = product }) });
            await productCard.GetByRole(AriaRole.Button, new() { Name = "Έγκριση" }).ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Εγκρίθηκε: {product}");
        }

        // The search index follows through the outbox (applied every second in-process): look again for a few seconds.
        var found = false;
        for (var attempt = 0; attempt < 20 && !found; attempt++)
        {
            await page.GotoAsync("/search?q=" + Uri.EscapeDataString(product));
            found = await page.GetByRole(AriaRole.Link, new() { Name = product }).CountAsync() > 0;
            if (!found)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(found, $"«{product}» was not found in the shop after approval");
        await page.GetByRole(AriaRole.Link, new() { Name = product }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(product);
        await Expect(page.Locator("main")).ToContainTextAsync("12,40 €");
        clock.Stop();

        output.WriteLine($"Producer onboarding, sign-up to product submitted: {producerTime.TotalSeconds:0.0} s; to approved and in the shop: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"the journey took {clock.Elapsed}");
    });

    [SkippableFact]
    [Trait("Category", "GreekMarket")]
    public Task An_invalid_afm_is_refused_in_the_wizard_with_a_greek_message() => RunAsync(async page =>
    {
        await RegisterProducerAsync(page);
        await FillBusinessAsync(page, "Τυροκομείο Δοκιμής", "123456789");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση και συνέχεια" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/producer/onboarding$"));
        await Expect(page.Locator("#afm-error")).ToHaveTextAsync("Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).");
        await Expect(page.Locator("#afm")).ToHaveAttributeAsync("aria-describedby", "afm-error");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Τα στοιχεία που στείλατε δεν είναι έγκυρα.");
        await Expect(page.GetByLabel("Επωνυμία επιχείρησης")).ToHaveValueAsync("Τυροκομείο Δοκιμής");
    });

    [SkippableFact]
    public Task A_photo_that_is_not_an_image_is_refused_with_a_message() => RunAsync(async page =>
    {
        await RegisterProducerAsync(page);
        await FillBusinessAsync(page, "Ελαιοτριβείο Δοκιμής", "090000045");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση και συνέχεια" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/producer/onboarding/documents$"));

        await page.GotoAsync("/producer/products/new");
        await page.GetByLabel("Όνομα προϊόντος").FillAsync("Ελαιόλαδο με λάθος φωτογραφία");
        await page.GetByLabel("Κατηγορία").SelectOptionAsync("elaiolado");
        await page.GetByLabel("Τιμή με ΦΠΑ (€)").FillAsync("8.50");
        await page.GetByLabel("Βάρος αποστολής (γραμμάρια)").FillAsync("1100");
        await page.GetByLabel("Φωτογραφία (προαιρετική)").SetInputFilesAsync(new FilePayload
        {
            Name = "photo.png",
            MimeType = "image/png",
            Buffer = Encoding.UTF8.GetBytes("<!doctype html><html><body><script>alert(1)</script></body></html>"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Υποβολή για έγκριση" }).ClickAsync();

        await Expect(page.Locator("#file-error")).ToContainTextAsync("Η εικόνα πρέπει να είναι JPEG, PNG ή WebP");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("η φωτογραφία δεν έγινε δεκτή");

        // Sending the form again updates the product made by the first post; it is not made twice.
        await page.GetByRole(AriaRole.Button, new() { Name = "Υποβολή για έγκριση" }).ClickAsync();
        await page.GotoAsync("/producer/products");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ελαιόλαδο με λάθος φωτογραφία" })).ToHaveCountAsync(1);
    });

    [SkippableFact]
    public Task The_producer_and_admin_areas_have_no_serious_or_critical_axe_violations() => RunAsync(async page =>
    {
        await RegisterProducerAsync(page);
        await AssertAxeCleanAsync(page, "/producer/onboarding");
        await FillBusinessAsync(page, "Οινοποιείο Δοκιμής", "090000045");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση και συνέχεια" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/producer/onboarding/documents$"));
        await AssertAxeCleanAsync(page, "/producer");
        await AssertAxeCleanAsync(page, "/producer/onboarding/product");

        await page.GetByRole(AriaRole.Button, new() { Name = "Αποσύνδεση" }).ClickAsync();
        await AdminLogin.LoginAsync(page, Storefront);
        await AssertAxeCleanAsync(page, "/admin");
        await AssertAxeCleanAsync(page, "/admin/orders");
    });

    private static async Task AssertAxeCleanAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, path + ":\n" + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    private static async Task RegisterProducerAsync(IPage page)
    {
        await page.GotoAsync("/account/register?type=producer");
        await page.GetByLabel("Ονοματεπώνυμο ή επωνυμία").FillAsync("Παραγωγός Δοκιμής");
        await page.GetByLabel("Email").FillAsync($"e2e-producer-{Guid.NewGuid():N}@example.gr");
        await page.GetByLabel("Κωδικός").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Εγγραφή" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/producer/onboarding$"));
    }

    private static async Task FillBusinessAsync(IPage page, string business, string afm)
    {
        await page.GetByLabel("Επωνυμία επιχείρησης").FillAsync(business);
        await page.GetByLabel("ΑΦΜ").FillAsync(afm);
        await page.GetByLabel("ΔΟΥ").FillAsync("ΔΟΥ Τρίπολης");
        await page.GetByLabel("IBAN").FillAsync("GR16 0110 1250 0000 0001 2300 695");
        await page.GetByLabel("Οδός και αριθμός").FillAsync("Αγίου Κωνσταντίνου 12");
        await page.GetByLabel("Πόλη ή χωριό").FillAsync("Βυτίνα");
        await page.GetByLabel("Ταχυδρομικός κώδικας").FillAsync("22010");
    }
}
