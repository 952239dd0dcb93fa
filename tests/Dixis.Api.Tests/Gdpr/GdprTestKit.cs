using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Orders;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Gdpr;

/// <summary>A person with personal data no other test uses, so finding any of it anywhere means it was not erased.</summary>
public sealed record TestPerson(Guid Id, string Token, string Email, string Password, string Name, string Phone, string Street, string City)
{
    /// <summary>Every value that identifies the person (the phone as its last 10 digits, whatever the format stored).</summary>
    public IReadOnlyList<string> Identifiers => [Email, Name, Phone, Street, City];
}

/// <summary>People, paid orders and whole-database scans for the GDPR tests.</summary>
public static class GdprTestKit
{
    public const string Password = "Kalimera-2026!";

    /// <summary>Registers and logs in a person with unique name, e-mail, phone and address, and saves an address for them.</summary>
    public static async Task<TestPerson> NewPersonAsync(ApiFixture fixture, string accountType = "consumer")
    {
        var tag = Greek(Guid.NewGuid());
        var email = $"gdpr-{Guid.NewGuid():N}@example.gr";
        var name = $"Ελένη Ιδιωτική {tag}";
        using (var client = fixture.Client())
        {
            using var response = await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = Password, displayName = name, accountType });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        var token = await fixture.LoginAsync(email, Password);
        var phone = "69" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var person = new TestPerson(Guid.Empty, token, email, Password, name, phone, $"Οδός {tag} 12", $"Χωριό {tag}");
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        user.PhoneNumber = "+30" + phone;
        db.Addresses.Add(new Address { UserId = user.Id, Label = "Σπίτι", FullName = name, Street = person.Street, City = person.City, PostalCode = "10557", Phone = "+30" + phone, IsDefault = true });
        await db.SaveChangesAsync();
        return person with { Id = user.Id };
    }

    /// <summary>Places and pays by card one order from a new producer; returns the order id once its receipt is issued.</summary>
    public static async Task<(Guid OrderId, Guid InvoiceId, Guid ProducerId)> PaidOrderAsync(ApiFixture fixture, TestPerson person, Guid? producerOwner = null)
    {
        var (producerId, ids) = await OrderTestData.ProducerAsync(fixture, "24100", null, producerOwner, new TestProduct("Ελαιόλαδο", 11.30m, VatRateClass.Reduced, 1000));
        using var buyer = fixture.Client(token: person.Token);
        await OrderTestData.FillCartAsync(buyer, (ids[0], 2));
        using var placed = await buyer.PostAsJsonAsync("/api/v1/checkout", new
        {
            email = person.Email,
            buyerType = "consumer",
            name = person.Name,
            phone = person.Phone,
            street = person.Street,
            city = person.City,
            postalCode = "10557",
            paymentMethod = "card",
        });
        var checkout = await placed.Json();
        Assert.True(placed.StatusCode == HttpStatusCode.Created, checkout.ToString());
        var paymentId = checkout.GetProperty("payment").GetProperty("paymentId").GetGuid();
        Assert.Equal(HttpStatusCode.SeeOther, (await buyer.PostAsync($"/api/v1/payments/sandbox/{paymentId}/success", null)).StatusCode);
        var orderId = checkout.GetProperty("orders")[0].GetProperty("id").GetGuid();
        var invoiceId = await WaitForAsync(async () =>
        {
            var order = await (await buyer.GetAsync($"/api/v1/orders/{orderId}")).Json();
            return order.TryGetProperty("invoiceId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid() : (Guid?)null;
        }, "the order's receipt");
        return (orderId, invoiceId, producerId);
    }

    /// <summary>
    /// Polls <paramref name="probe"/> every 200 ms for up to 3 minutes (jobs run in-process on their queues; on a loaded
    /// machine the receipt job can run before the capture commits twice, and its second retry comes 60 s later).
    /// </summary>
    public static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what)
        where T : struct
    {
        for (var i = 0; i < 900; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"timed out after 3 minutes waiting for {what}");
        return default;
    }

    /// <summary>
    /// Every text value of every table of the database (SQLite or MariaDB), as (table.column, value). Read with plain
    /// ADO.NET so no entity mapping can hide a column.
    /// </summary>
    public static async Task<List<(string Column, string Value)>> AllTextAsync(ApiFixture fixture)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var sqlite = db.Database.IsSqlite();
        var columns = new List<(string Table, string Column)>();
        if (sqlite)
        {
            foreach (var table in await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            {
                // Every column: SQLite stores text in any column whatever its declared type.
                columns.AddRange((await ReadAsync(connection, $"SELECT name FROM pragma_table_info('{table}')")).Select(c => (table, c)));
            }
        }
        else
        {
            var rows = await ReadPairsAsync(connection,
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND data_type IN ('char','varchar','tinytext','text','mediumtext','longtext','json','blob','longblob','mediumblob','varbinary')");
            columns.AddRange(rows);
        }

        var values = new List<(string, string)>();
        var quote = sqlite ? "\"" : "`";
        foreach (var (table, column) in columns)
        {
            foreach (var value in await ReadAsync(connection, $"SELECT {quote}{column}{quote} FROM {quote}{table}{quote}"))
            {
                values.Add(($"{table}.{column}", value));
            }
        }

        Assert.True(columns.Count > 100, $"expected the whole schema, found {columns.Count} columns");
        return values;
    }

    /// <summary>The places where any of <paramref name="needles"/> occurs (case-insensitive).</summary>
    public static List<string> Occurrences(IEnumerable<(string Column, string Value)> values, IEnumerable<string> needles) =>
        (from v in values from n in needles where v.Value.Contains(n, StringComparison.OrdinalIgnoreCase) select $"{v.Column} holds «{n}»").Distinct().ToList();

    private static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync())
        {
            if (!await reader.IsDBNullAsync(0))
            {
                list.Add(reader.GetValue(0) switch
                {
                    byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
                    var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                });
            }
        }

        return list;
    }

    private static async Task<List<(string, string)>> ReadPairsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            list.Add((reader.GetString(0), reader.GetString(1)));
        }

        return list;
    }

    /// <summary>A tag of Greek letters from a GUID (names and streets accept letters; digits would look odd).</summary>
    private static string Greek(Guid id) => new(id.ToString("N")[..10].Select(c => "αβγδεζηθικλμνξοπ"[Convert.ToInt32(c.ToString(), 16)]).ToArray());
}
