using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Orders;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Gdpr;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Gdpr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Dixis.Api.Tests.Gdpr;

/// <summary>
/// Erasure (DELETE /me): re-authentication, then the person's data is nowhere in the database (every text column of
/// every table), the search index or the cache, while the receipt the law requires stays intact under a legal hold
/// and the retention job deletes it once the hold ends (fake clock).
/// </summary>
public abstract class ErasureTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Erasure_needs_the_current_password_and_leaves_no_personal_data_behind_except_the_pseudonymised_legal_hold()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        var (orderId, invoiceId, _) = await GdprTestKit.PaidOrderAsync(Fixture, person);
        using var client = Fixture.Client(token: person.Token);
        (await client.PutAsJsonAsync("/api/v1/me/consents", new { analytics = true, marketing = true })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/v1/me/export", null)).StatusCode);
        var (_, ids) = await OrderTestData.ProducerAsync(Fixture, "24100", null, new TestProduct("Μέλι", 9.50m, VatRateClass.Reduced, 500, Category: "meli"));
        await OrderTestData.FillCartAsync(client, (ids[0], 1));
        var before = await IssuedDocumentAsync(invoiceId);
        Assert.NotEmpty(GdprTestKit.Occurrences(await GdprTestKit.AllTextAsync(Fixture), person.Identifiers));

        await (await Delete(client, new { password = "Wrong-Password-1!" })).AssertProblem(403);
        await (await Delete(client, new { })).AssertProblem(400);
        Assert.Equal(HttpStatusCode.NoContent, (await Delete(client, new { password = person.Password })).StatusCode);

        // The person can no longer log in, and their old token no longer reaches an account.
        using (var login = Fixture.Client())
        {
            await (await login.PostAsJsonAsync("/api/v1/accounts/login", new { email = person.Email, password = person.Password })).AssertProblem(401);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/accounts/me")).StatusCode);

        var leftovers = GdprTestKit.Occurrences(await GdprTestKit.AllTextAsync(Fixture), person.Identifiers);
        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers));

        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId);
        Assert.Null(order.BuyerUserId);
        Assert.Equal(Pseudonyms.BuyerName, order.BuyerName);
        Assert.Equal("10557", order.DeliveryPostalCode);
        Assert.Equal(before, await IssuedDocumentAsync(invoiceId));
        var holds = await db.LegalHolds.AsNoTracking().Where(h => h.RecordId == orderId || h.RecordId == invoiceId).ToListAsync();
        Assert.Equal(2, holds.Count);
        Assert.All(holds, h => Assert.Equal(new DateOnly(order.TaxDate.Year + 5, 12, 31), h.HeldUntil));
        Assert.False(await db.Carts.AnyAsync(c => c.UserId == person.Id));
        Assert.False(await db.ConsentRecords.AnyAsync(c => c.UserId == person.Id));
        Assert.False(await db.DataExports.AnyAsync(e => e.UserId == person.Id));
        Assert.True(await db.AuditLog.AnyAsync(a => a.SubjectUserId == person.Id && a.Action == AuditActions.Erase));
    }

    [SkippableFact]
    public async Task The_retention_job_deletes_held_orders_and_receipts_only_after_the_hold_ends()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        var (orderId, invoiceId, _) = await GdprTestKit.PaidOrderAsync(Fixture, person);
        using var client = Fixture.Client(token: person.Token);
        Assert.Equal(HttpStatusCode.NoContent, (await Delete(client, new { password = person.Password })).StatusCode);
        DateOnly heldUntil;
        string? pdfKey;
        await using (var scope = Fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
            heldUntil = (await db.LegalHolds.SingleAsync(h => h.RecordId == orderId)).HeldUntil;
            pdfKey = (await db.Invoices.SingleAsync(i => i.Id == invoiceId)).PdfBlobKey;
        }

        // The last day of the hold (noon in Athens): everything stays.
        await RunRetentionAsync(new DateTimeOffset(heldUntil.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        Assert.True(await ExistsAsync(orderId, invoiceId));

        // The day after: the order, the receipt, its PDF and the holds are gone, and the purge is in the audit log.
        var run = await RunRetentionAsync(new DateTimeOffset(heldUntil.AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        Assert.True(run.OrdersDeleted >= 1 && run.InvoicesDeleted >= 1, run.ToString());
        Assert.False(await ExistsAsync(orderId, invoiceId));
        await using (var scope = Fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
            Assert.False(await db.LegalHolds.AnyAsync(h => h.RecordId == orderId || h.RecordId == invoiceId));
            Assert.True(await db.AuditLog.AnyAsync(a => a.Action == AuditActions.Purge));
            if (pdfKey is not null)
            {
                Assert.False(await scope.ServiceProvider.GetRequiredService<Dixis.Infrastructure.Storage.IBlobStorage>().ExistsAsync(pdfKey));
            }
        }
    }

    [SkippableFact]
    public async Task A_producer_with_sales_is_anonymised_its_products_withdrawn_from_pages_search_and_cache()
    {
        Fixture.EnsureAvailable();
        var owner = await GdprTestKit.NewPersonAsync(Fixture, "producer");
        var buyer = await GdprTestKit.NewPersonAsync(Fixture);
        var (_, _, producerId) = await GdprTestKit.PaidOrderAsync(Fixture, buyer, producerOwner: owner.Id);
        string slug, businessName, productSlug, productName;
        await using (var scope = Fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
            var producer = await db.Producers.Include(p => p.Products).SingleAsync(p => p.Id == producerId);
            (slug, businessName, productSlug, productName) = (producer.Slug, producer.BusinessName, producer.Products[0].Slug, producer.Products[0].Name);
        }

        await Fixture.ProcessSearchOutboxAsync();
        using var anonymous = Fixture.Client();
        // The test data's unique tag, in both the product's and the producer's name.
        var tag = Uri.EscapeDataString(productName.Split(' ')[^1]);
        // Read (and so cache) the producer's pages and find it in search first.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/producers/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/products/{productSlug}")).StatusCode);
        Assert.Contains(productSlug, await (await anonymous.GetAsync($"/api/v1/search?q={tag}")).Content.ReadAsStringAsync());

        using var client = Fixture.Client(token: owner.Token);
        Assert.Equal(HttpStatusCode.NoContent, (await Delete(client, new { password = owner.Password })).StatusCode);
        await Fixture.ProcessSearchOutboxAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/producers/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/products/{productSlug}")).StatusCode);
        Assert.DoesNotContain(productSlug, await (await anonymous.GetAsync($"/api/v1/search?q={tag}")).Content.ReadAsStringAsync());
        await using (var scope = Fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
            var producer = await db.Producers.Include(p => p.Products).SingleAsync(p => p.Id == producerId);
            Assert.Null(producer.OwnerUserId);
            Assert.Equal(ProducerStatus.Suspended, producer.Status);
            Assert.StartsWith(Pseudonyms.ProducerName, producer.BusinessName);
            Assert.All(producer.Products, p => Assert.Equal(Dixis.Infrastructure.Data.Catalog.ApprovalStatus.Rejected, p.Approval));
            // The buyer's order with this producer stays whole: it is the buyer's, not the producer's, personal data.
            Assert.True(await db.Orders.AnyAsync(o => o.ProducerId == producerId && o.BuyerName == buyer.Name));
        }

        var leftovers = GdprTestKit.Occurrences(await GdprTestKit.AllTextAsync(Fixture), owner.Identifiers);
        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers));
        await AssertNotInRedisAsync([.. owner.Identifiers, businessName]);
    }

    [SkippableFact]
    public async Task The_last_admin_cannot_erase_their_account()
    {
        Fixture.EnsureAvailable();
        var token = await Fixture.AdminTokenAsync();
        using var admin = Fixture.Client(token: token);
        await (await Delete(admin, new { password = ApiFixture.AdminPassword, twoFactorCode = await Fixture.AdminCodeAsync() })).AssertProblem(409);
        Assert.False(string.IsNullOrEmpty(await Fixture.AdminTokenAsync()));
    }

    private static Task<HttpResponseMessage> Delete(HttpClient client, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(body) });

    /// <summary>What was issued: type, number, parties, totals and lines, as one comparable string.</summary>
    private async Task<string> IssuedDocumentAsync(Guid invoiceId)
    {
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var i = await db.Invoices.AsNoTracking().Include(x => x.Items).SingleAsync(x => x.Id == invoiceId);
        return string.Join("|", i.Type, i.Series, i.Number, i.IssueDate, i.IssuerAfm, i.IssuerName, i.CounterpartAfm, i.CounterpartName, i.CounterpartStreet,
            i.TotalNet, i.TotalVat, i.TotalGross, string.Join(";", i.Items.OrderBy(l => l.LineNumber).Select(l => $"{l.Description}:{l.NetValue}:{l.VatAmount}")));
    }

    private async Task<RetentionRun> RunRetentionAsync(DateTimeOffset now)
    {
        await using var scope = Fixture.Scope();
        var job = ActivatorUtilities.CreateInstance<DataRetentionJob>(scope.ServiceProvider, (TimeProvider)new FakeTimeProvider(now));
        return await job.RunAsync(CancellationToken.None);
    }

    private async Task<bool> ExistsAsync(Guid orderId, Guid invoiceId)
    {
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var order = await db.Orders.AnyAsync(o => o.Id == orderId);
        var invoice = await db.Invoices.AnyAsync(i => i.Id == invoiceId);
        Assert.Equal(order, invoice);
        return order;
    }

    /// <summary>With Redis (the MariaDB fixture), no cached value anywhere holds the values; in memory the page answers above show it.</summary>
    private static async Task AssertNotInRedisAsync(IReadOnlyList<string> needles)
    {
        if (string.IsNullOrEmpty(TestServers.Redis))
        {
            return;
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis);
        var server = redis.GetServers()[0];
        var found = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: "dixis:*", pageSize: 500))
        {
            var db = redis.GetDatabase();
            var value = await db.KeyTypeAsync(key) switch
            {
                RedisType.String => (string?)await db.StringGetAsync(key) ?? "",
                // IDistributedCache on Redis keeps each entry as a hash (data, expiry fields).
                RedisType.Hash => string.Join("\n", (await db.HashGetAllAsync(key)).Select(e => (string?)e.Value)),
                _ => "",
            };
            found.AddRange(needles.Where(n => value.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"{key} holds «{n}»"));
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}

public sealed class SqliteErasureTests(SqliteApiFixture fixture) : ErasureTests<SqliteApiFixture>(fixture);

public sealed class MariaDbErasureTests(MariaDbApiFixture fixture) : ErasureTests<MariaDbApiFixture>(fixture);
