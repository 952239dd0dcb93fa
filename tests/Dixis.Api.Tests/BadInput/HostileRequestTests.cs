using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Orders;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.BadInput;

/// <summary>
/// Every request of <see cref="HostileRequestCatalogue"/> (one test case each, a few hundred) answers a 4xx problem
/// detail, never a 5xx, and leaves every row of every table of the database as it was (contents, not only counts).
/// </summary>
public abstract class HostileRequestTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static readonly ConditionalWeakTable<ApiFixture, Task<Dictionary<Caller, string?>>> CallerTokens = new();

    // AuditLog: staff access is recorded before the endpoint runs, refused or not (by design). PaymentProviderProbes:
    // the payment reconciliation job (a recurring background job of the same host) records each provider's health
    // whenever it runs, which can fall between two snapshots (seen on MariaDB in a fresh-clone run).
    private static readonly HashSet<string> Unchecked = new(StringComparer.Ordinal) { "AuditLog", "PaymentProviderProbes" };

    protected TFixture Fixture { get; } = fixture;

    public static TheoryData<string> Cases() => new(HostileRequestCatalogue.Names);

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Answers_a_4xx_problem_and_changes_nothing(string name)
    {
        Fixture.EnsureAvailable();
        var hostile = HostileRequestCatalogue.Get(name);
        var tokens = await CallerTokens.GetValue(Fixture, f => CreateCallersAsync(f));
        var before = await SnapshotAsync(Fixture);

        using var client = Fixture.Client("en", tokens[hostile.Caller]);
        using var request = new HttpRequestMessage(new HttpMethod(hostile.Method), hostile.Url);
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(hostile.ContentType);
        }

        foreach (var (header, value) in hostile.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{name}: expected 4xx, got {status}: {await response.Content.ReadAsStringAsync()}");
        if (hostile.Status is { } expected)
        {
            Assert.Equal(expected, status);
        }

        await response.AssertProblem(status);
        var changed = (await SnapshotAsync(Fixture)).ChangesSince(before);
        Assert.True(changed.Count == 0, $"{name} changed the database: {string.Join("; ", changed)}");
    }

    /// <summary>The check itself: UPDATEs that keep every row count (a price set to -1, a name overwritten) are reported, row by row.</summary>
    [SkippableFact]
    public async Task The_database_check_sees_updates_that_keep_the_row_count()
    {
        Fixture.EnsureAvailable();
        var product = await SeededProductAsync(Fixture);
        var before = await SnapshotAsync(Fixture);
        string businessName;
        await using (var scope = Fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
            businessName = await db.Producers.Where(p => p.Id == product.ProducerId).Select(p => p.BusinessName).SingleAsync();
            Assert.Equal(1, await db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Price, -1m)));
            Assert.Equal(1, await db.Producers.Where(p => p.Id == product.ProducerId).ExecuteUpdateAsync(s => s.SetProperty(p => p.BusinessName, "Αντικατεστημένο όνομα")));
        }

        try
        {
            var changes = (await SnapshotAsync(Fixture)).ChangesSince(before);
            Assert.Contains(changes, c => c.StartsWith($"Products: 1 changed ({product.Id})", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(changes, c => c.StartsWith($"Producers: 1 changed ({product.ProducerId})", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            // Put the seeded rows back as they were (ExecuteUpdate: no search-outbox work that would run between the snapshots of later cases).
            await using var scope = Fixture.Scope();
            var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
            await db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Price, product.Price));
            await db.Producers.Where(p => p.Id == product.ProducerId).ExecuteUpdateAsync(s => s.SetProperty(p => p.BusinessName, businessName));
        }
    }

    /// <summary>
    /// A guest cart token replayed after its cart was merged into an account at login (a copied header, a kept
    /// cookie), anonymously or by another account: it opens an empty cart, cannot change, empty or check out the
    /// merged one, and changes nothing in the database.
    /// </summary>
    [SkippableFact]
    public async Task A_guest_cart_token_reused_after_its_merge_at_login_opens_nothing()
    {
        Fixture.EnsureAvailable();
        var product = (await SeededProductAsync(Fixture)).Id;
        using var guest = await OrderTestData.GuestWithCartAsync(Fixture, (product, 2));
        var token = guest.DefaultRequestHeaders.GetValues("X-Cart-Token").Single();
        var (owner, _) = await Fixture.NewAccountAsync("consumer");
        var (other, _) = await Fixture.NewAccountAsync("consumer");
        guest.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", owner);
        Assert.Equal(2, (await (await guest.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());

        var before = await SnapshotAsync(Fixture);
        foreach (var caller in new[] { null, other })
        {
            using var replay = Fixture.Client("en", caller);
            replay.DefaultRequestHeaders.Add("X-Cart-Token", token);
            Assert.Equal(0, (await (await replay.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());
            await (await replay.PatchAsJsonAsync($"/api/v1/cart/items/{product}", new { quantity = 999 })).AssertProblem(404);
            await (await replay.DeleteAsync($"/api/v1/cart/items/{product}")).AssertProblem(404);
            using var checkout = await replay.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557"));
            await checkout.AssertProblem((int)checkout.StatusCode is >= 400 and < 500 ? (int)checkout.StatusCode : 400);
            using var clear = await replay.DeleteAsync("/api/v1/cart");
            Assert.True(clear.IsSuccessStatusCode || (int)clear.StatusCode is >= 400 and < 500, $"clear: {(int)clear.StatusCode}");
        }

        var changed = (await SnapshotAsync(Fixture)).ChangesSince(before);
        Assert.True(changed.Count == 0, $"the replayed token changed the database: {string.Join("; ", changed)}");
        using var ownerClient = Fixture.Client("en", owner);
        Assert.Equal(2, (await (await ownerClient.GetAsync("/api/v1/cart")).Json()).GetProperty("itemCount").GetInt32());
    }

    /// <summary>A product of the seeded demo catalogue on sale with stock (not a new one: its search-index work would run in the background).</summary>
    private static async Task<(Guid Id, Guid ProducerId, decimal Price)> SeededProductAsync(ApiFixture fixture)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Approval == ApprovalStatus.Approved && (p.Stock == null || p.Stock >= 10) && p.Producer!.Status == ProducerStatus.Active)
            .OrderBy(p => p.Slug).Select(p => new { p.Id, p.ProducerId, p.Price }).FirstAsync();
        return (product.Id, product.ProducerId, product.Price);
    }

    /// <summary>
    /// Every table of the model is compared row by row (<see cref="DatabaseSnapshot"/>), but the audit log: staff
    /// access is recorded before the endpoint runs, refused or not (an attempt is what a data-protection officer wants
    /// to see), so its rows are expected to grow.
    /// </summary>
    internal static Task<DatabaseSnapshot> SnapshotAsync(ApiFixture fixture) => DatabaseSnapshot.TakeAsync(fixture, Unchecked);

    private static async Task<Dictionary<Caller, string?>> CreateCallersAsync(ApiFixture fixture)
    {
        var (consumer, _) = await fixture.NewAccountAsync("consumer");
        var (producer, _) = await fixture.NewAccountAsync("producer");
        using (var client = fixture.Client("en", producer))
        {
            using var profile = await client.PutAsJsonAsync("/api/v1/producer/profile", new
            {
                businessName = "Παραγωγός Εχθρικών Αιτημάτων",
                afm = "090000045",
                taxOffice = "ΔΟΥ Μυτιλήνης",
                street = "Αγοράς 1",
                city = "Καλλονή",
                postalCode = "81100",
            });
            Assert.True(profile.IsSuccessStatusCode, await profile.Content.ReadAsStringAsync());
        }

        return new Dictionary<Caller, string?>
        {
            [Caller.Anonymous] = null,
            [Caller.Consumer] = consumer,
            [Caller.Producer] = producer,
            [Caller.Admin] = await fixture.AdminTokenAsync(),
        };
    }
}

public sealed class SqliteHostileRequestTests(SqliteApiFixture fixture) : HostileRequestTests<SqliteApiFixture>(fixture);

public sealed class MariaDbHostileRequestTests(MariaDbApiFixture fixture) : HostileRequestTests<MariaDbApiFixture>(fixture);
