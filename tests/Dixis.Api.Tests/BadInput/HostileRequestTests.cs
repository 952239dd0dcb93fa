using System.Data.Common;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.BadInput;

/// <summary>
/// Every request of <see cref="HostileRequestCatalogue"/> (one test case each, a few hundred) answers a 4xx problem
/// detail, never a 5xx, and leaves the row count of every table of the database as it was.
/// </summary>
public abstract class HostileRequestTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static readonly ConditionalWeakTable<ApiFixture, Task<Dictionary<Caller, string?>>> CallerTokens = new();

    protected TFixture Fixture { get; } = fixture;

    public static TheoryData<string> Cases() => new(HostileRequestCatalogue.Names);

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Answers_a_4xx_problem_and_changes_nothing(string name)
    {
        Fixture.EnsureAvailable();
        var hostile = HostileRequestCatalogue.Get(name);
        var tokens = await CallerTokens.GetValue(Fixture, f => CreateCallersAsync(f));
        var before = await RowCountsAsync(Fixture);

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
        var after = await RowCountsAsync(Fixture);
        var changed = before.Where(t => after[t.Key] != t.Value).Select(t => $"{t.Key}: {t.Value} -> {after[t.Key]}").ToList();
        Assert.True(changed.Count == 0, $"{name} changed the database: {string.Join(", ", changed)}");
    }

    /// <summary>
    /// The row count of every table of the model but the audit log: staff access is recorded before the endpoint runs,
    /// refused or not (an attempt is what a data-protection officer wants to see), so its rows are expected to grow.
    /// </summary>
    internal static async Task<Dictionary<string, long>> RowCountsAsync(ApiFixture fixture)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Where(t => t != "AuditLog").Distinct().Order().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM {sql.DelimitIdentifier(table)}";
                counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }

            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

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
