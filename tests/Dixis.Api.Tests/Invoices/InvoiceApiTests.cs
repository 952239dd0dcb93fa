using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Dixis.Api.Tests.Invoices;

/// <summary>
/// A document issued for a buyer and a producer is readable (JSON and PDF) by that buyer, that producer's owner and
/// admins; anyone else gets 404. Without AADE credentials it stays pending and /greek/health counts it.
/// </summary>
public abstract class InvoiceApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task The_buyer_reads_the_receipt_and_its_greek_pdf()
    {
        Fixture.EnsureAvailable();
        var (id, buyer, _) = await IssueReceiptAsync();

        using var client = Fixture.Client(token: buyer);
        var response = await client.GetAsync($"/api/v1/invoices/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.Equal(("11.1", "Απόδειξη Λιανικής Πώλησης", "ΑΛΠ", 1L), (json.GetProperty("type").GetString(), json.GetProperty("title").GetString(), json.GetProperty("series").GetString(), json.GetProperty("number").GetInt64()));
        Assert.Equal((57.40m, 7.49m, "Pending"), (json.GetProperty("totalGross").GetDecimal(), json.GetProperty("totalVat").GetDecimal(), json.GetProperty("status").GetString()));
        Assert.Equal(2, json.GetProperty("lines").GetArrayLength());
        Assert.Equal([24, 9], json.GetProperty("vatBreakdown").EnumerateArray().Select(r => r.GetProperty("vatPercent").GetInt32()));
        Assert.Equal(JsonValueKindNull, json.GetProperty("mark").ValueKind);

        var pdf = await client.GetAsync(json.GetProperty("pdfUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", pdf.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = document.GetPage(1).Text;
        Assert.Contains("Απόδειξη Λιανικής Πώλησης", text, StringComparison.Ordinal);
        Assert.Contains("Πληρωτέο σύνολο", text, StringComparison.Ordinal);
        Assert.Contains("δεν έχει ακόμη διαβιβαστεί στην ΑΑΔΕ", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_producers_owner_and_an_admin_read_it_and_everyone_else_gets_404()
    {
        Fixture.EnsureAvailable();
        var (id, _, producerOwner) = await IssueReceiptAsync();
        var (stranger, _) = await Fixture.NewAccountAsync("consumer");
        var (otherProducer, _) = await Fixture.NewAccountAsync("producer");
        var admin = await Fixture.AdminTokenAsync();

        foreach (var token in new[] { producerOwner, admin })
        {
            using var allowed = Fixture.Client(token: token);
            Assert.Equal(HttpStatusCode.OK, (await allowed.GetAsync($"/api/v1/invoices/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await allowed.GetAsync($"/api/v1/invoices/{id}/pdf")).StatusCode);
        }

        foreach (var token in new[] { stranger, otherProducer })
        {
            using var denied = Fixture.Client(token: token);
            await (await denied.GetAsync($"/api/v1/invoices/{id}")).AssertProblem(404);
            await (await denied.GetAsync($"/api/v1/invoices/{id}/pdf")).AssertProblem(404);
        }

        using var signedIn = Fixture.Client(token: stranger);
        await (await signedIn.GetAsync($"/api/v1/invoices/{Guid.NewGuid()}")).AssertProblem(404);
        using var anonymous = Fixture.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/invoices/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task Without_aade_credentials_greek_health_counts_the_pending_documents()
    {
        Fixture.EnsureAvailable();
        await IssueReceiptAsync();

        using var client = Fixture.Client();
        var response = await client.GetAsync("/api/v1/greek/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var myData = (await response.Json()).GetProperty("myData");
        Assert.False(myData.GetProperty("configured").GetBoolean());
        Assert.True(myData.GetProperty("pending").GetInt32() >= 1);
        Assert.Equal(0, myData.GetProperty("rejected").GetInt32());
        Assert.Contains("not configured", myData.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    /// <summary>A producer with an owner account, a consumer buyer, and a receipt from the one to the other.</summary>
    private async Task<(Guid Id, string BuyerToken, string ProducerToken)> IssueReceiptAsync()
    {
        var (producerToken, producerEmail) = await Fixture.NewAccountAsync("producer");
        using (var producer = Fixture.Client(token: producerToken))
        {
            var afm = RandomAfm();
            var profile = await producer.PutAsJsonAsync("/api/v1/producer/profile", new
            {
                businessName = "Μελισσοκομείο Δοκιμής",
                afm,
                taxOffice = "ΔΟΥ Μυτιλήνης",
                street = "Αγοράς 1",
                city = "Καλλονή",
                postalCode = "81107",
            });
            Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        }

        var (buyerToken, buyerEmail) = await Fixture.NewAccountAsync("consumer");
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var buyerId = await db.Users.Where(u => u.Email == buyerEmail).Select(u => u.Id).SingleAsync();
        var ownerId = await db.Users.Where(u => u.Email == producerEmail).Select(u => u.Id).SingleAsync();
        var producerRow = await db.Producers.SingleAsync(p => p.OwnerUserId == ownerId);
        var issuer = new InvoiceParty(producerRow.Afm, producerRow.BusinessName, producerRow.TaxOffice, producerRow.Street, producerRow.City, producerRow.PostalCode);
        var type = InvoiceType.RetailReceipt;
        var draft = new InvoiceDraft(issuer, null, type, InvoiceSeries.DefaultFor(type),
        [
            InvoiceLine.FromGross("Θυμαρίσιο μέλι 450 g", 3m, MeasurementUnit.Pieces, new Money(32.60m), VatCategory.IslandReduced9, IncomeClassification.ForGoods(type)),
            InvoiceLine.FromGross("Κρασί λευκό 750 ml", 2m, MeasurementUnit.Pieces, new Money(24.80m), VatCategory.Standard24, IncomeClassification.ForGoods(type)),
        ], PaymentMethod.Pos)
        {
            ProducerId = producerRow.Id,
            BuyerUserId = buyerId,
            OrderId = Guid.NewGuid(),
        };
        var issued = await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync(draft);
        return (issued.Id, buyerToken, producerToken);
    }

    private static string RandomAfm()
    {
        var digits = Enumerable.Range(0, 8).Select(i => i == 0 ? Random.Shared.Next(1, 10) : Random.Shared.Next(0, 10)).ToList();
        var sum = digits.Select((d, i) => d << (8 - i)).Sum();
        digits.Add(sum % 11 % 10);
        return string.Concat(digits);
    }
}

public sealed class SqliteInvoiceApiTests(SqliteApiFixture fixture) : InvoiceApiTests<SqliteApiFixture>(fixture);

public sealed class MariaDbInvoiceApiTests(MariaDbApiFixture fixture) : InvoiceApiTests<MariaDbApiFixture>(fixture);
