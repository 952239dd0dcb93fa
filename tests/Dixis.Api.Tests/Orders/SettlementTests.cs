using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Greek;
using Dixis.Domain.Vat;

namespace Dixis.Api.Tests.Orders;

/// <summary>Monthly settlements: sales, commission (12 % of the goods' net for consumers), its 24 % VAT, payout; CSV export.</summary>
public abstract class SettlementTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_month_is_settled_once_per_producer_and_exported_as_greek_csv()
    {
        Fixture.EnsureAvailable();
        var (producerId, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Λάδι =SUM(A1)", 11.30m, VatRateClass.Reduced, 1000));
        for (var i = 0; i < 2; i++)
        {
            using var buyer = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 2));
            Assert.Equal(HttpStatusCode.Created, (await buyer.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"))).StatusCode);
        }

        // A card checkout left unpaid is not settled.
        using (var unpaid = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 1)))
        {
            Assert.Equal(HttpStatusCode.Created, (await unpaid.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "card"))).StatusCode);
        }

        var month = AthensTime.Today(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        using var admin = Fixture.Client(token: await Fixture.AdminTokenAsync());
        var run = await (await admin.PostAsync($"/api/v1/admin/settlements/run?month={month}", null)).Json();
        var mine = run.EnumerateArray().Single(s => s.GetProperty("producerId").GetGuid() == producerId);

        // Each order: 22,60 goods + 3,50 shipping (2 kg, Attica) + 2,50 COD = 28,60; commission 12 % × 20,00 = 2,40.
        Assert.Equal(2, mine.GetProperty("orders").GetInt32());
        Assert.Equal(57.20m, mine.GetProperty("sales").GetDecimal());
        Assert.Equal(4.80m, mine.GetProperty("commissionNet").GetDecimal());
        Assert.Equal(1.15m, mine.GetProperty("commissionVat").GetDecimal());
        Assert.Equal(51.25m, mine.GetProperty("payout").GetDecimal());

        // Dixis invoices its commission to the producer: a 2.1 service invoice of 4,80 + 24 % VAT.
        var invoiceId = mine.GetProperty("commissionInvoiceId").GetGuid();
        var invoice = await (await admin.GetAsync($"/api/v1/invoices/{invoiceId}")).Json();
        Assert.Equal("2.1", invoice.GetProperty("type").GetString());
        Assert.Equal(5.95m, invoice.GetProperty("totalGross").GetDecimal());
        Assert.Equal("094014201", invoice.GetProperty("issuer").GetProperty("afm").GetString());
        Assert.Equal("090000045", invoice.GetProperty("counterpart").GetProperty("afm").GetString());

        // Running again changes nothing.
        var again = await (await admin.PostAsync($"/api/v1/admin/settlements/run?month={month}", null)).Json();
        Assert.Equal(mine.GetProperty("id").GetGuid(), again.EnumerateArray().Single(s => s.GetProperty("producerId").GetGuid() == producerId).GetProperty("id").GetGuid());

        using var csvResponse = await admin.GetAsync($"/api/v1/admin/settlements/export.csv?month={month}");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("Μήνας;Παραγωγός;ΑΦΜ;Παραγγελίες;Πωλήσεις;Προμήθεια;ΦΠΑ προμήθειας;Πληρωτέο", lines[0]);
        Assert.Contains(lines, l => l.Contains(";090000045;2;57,20;4,80;1,15;51,25", StringComparison.Ordinal));

        await (await admin.GetAsync("/api/v1/admin/settlements?month=2026-13")).AssertProblem(400);
        using var anonymous = Fixture.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/admin/settlements?month={month}")).StatusCode);
    }
}

public sealed class SqliteSettlementTests(SqliteApiFixture fixture) : SettlementTests<SqliteApiFixture>(fixture);

public sealed class MariaDbSettlementTests(MariaDbApiFixture fixture) : SettlementTests<MariaDbApiFixture>(fixture);
