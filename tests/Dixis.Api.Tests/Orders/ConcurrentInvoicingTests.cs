using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Invoicing;
using Dixis.Infrastructure.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Orders;

/// <summary>
/// The invoicing job run for the same orders by several workers at once (the queue's run, a retry, a second worker)
/// issues one receipt per order: the database refuses a second sale document for an order, the loser rolls back the
/// number it took and links the winner's document, so the series has no gap and no run fails.
/// </summary>
public abstract class ConcurrentInvoicingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const int RunsPerCheckout = 8;

    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Eight_concurrent_runs_per_order_issue_one_receipt_each_and_leave_no_gap_in_the_series()
    {
        Fixture.EnsureAvailable();
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Μέλι Αγώνα", 10.00m, VatRateClass.Reduced, 500, Category: "meli"));
        // Cash on delivery: the orders are confirmed at once and nothing is queued for them (their receipt waits for
        // delivery), so the runs below are the only issuers and all start before any document exists.
        var checkouts = new List<(Guid CheckoutId, Guid OrderId)>();
        for (var i = 0; i < 2; i++)
        {
            using var guest = await OrderTestData.GuestWithCartAsync(Fixture, (ids[0], 1));
            using var placed = await guest.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "cod"));
            var json = await placed.Json();
            Assert.True(placed.StatusCode == HttpStatusCode.Created, json.ToString());
            checkouts.Add((json.GetProperty("checkoutId").GetGuid(), json.GetProperty("orders")[0].GetProperty("id").GetGuid()));
        }

        // A thread of its own per run, all released at once: SQLite's async calls complete synchronously, so runs on
        // the (small) thread pool of a 2-core machine would mostly take turns instead of racing.
        using var start = new ManualResetEventSlim();
        var runs = checkouts.SelectMany(c => Enumerable.Range(0, RunsPerCheckout).Select(_ => Task.Factory.StartNew(async () =>
        {
            start.Wait();
            await using var scope = Fixture.Scope();
            await scope.ServiceProvider.GetRequiredService<OrderInvoicingJob>().IssueForCheckoutAsync(c.CheckoutId, CancellationToken.None);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap())).ToList();
        start.Set();
        await Task.WhenAll(runs); // throws the first exception any run let escape

        await using var check = Fixture.Scope();
        var db = check.ServiceProvider.GetRequiredService<DixisDbContext>();
        foreach (var (_, orderId) in checkouts)
        {
            var documents = await db.Invoices.AsNoTracking().Where(i => i.OrderId == orderId).Select(i => new { i.Id, i.Type }).ToListAsync();
            var document = Assert.Single(documents);
            Assert.Equal(InvoiceType.RetailReceipt, document.Type);
            Assert.Equal(document.Id, await db.Orders.Where(o => o.Id == orderId).Select(o => o.InvoiceId).SingleAsync());
        }

        // The whole series of this issuer: 1..n with no gap, and the counter at n (no loser kept a number).
        var series = InvoiceSeries.DefaultFor(InvoiceType.RetailReceipt);
        var numbers = await db.Invoices.AsNoTracking()
            .Where(i => i.IssuerAfm == "090000045" && i.Type == InvoiceType.RetailReceipt && i.Series == series)
            .Select(i => i.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, numbers.Count).Select(n => (long)n), numbers.Order());
        var counter = await db.InvoiceSeriesCounters.AsNoTracking()
            .Where(c => c.IssuerAfm == "090000045" && c.Type == InvoiceType.RetailReceipt && c.Series == series).Select(c => c.LastNumber).SingleAsync();
        Assert.Equal(numbers.Count, counter);
    }
}

public sealed class SqliteConcurrentInvoicingTests(SqliteApiFixture fixture) : ConcurrentInvoicingTests<SqliteApiFixture>(fixture);

public sealed class MariaDbConcurrentInvoicingTests(MariaDbApiFixture fixture) : ConcurrentInvoicingTests<MariaDbApiFixture>(fixture);
