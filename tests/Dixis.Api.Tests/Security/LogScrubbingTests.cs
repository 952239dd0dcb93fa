using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Orders;
using Dixis.Domain.Vat;
using Dixis.ServiceDefaults;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;

namespace Dixis.Api.Tests.Security;

/// <summary>Every log event the app writes, as its sinks receive it (after masking), at Debug and above.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public int Count => _events.Count;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Each event as text: rendered message, every property, exception.</summary>
    public IEnumerable<string> Lines() => _events.Select(e =>
        $"{e.MessageTemplate.Text} | {e.RenderMessage(CultureInfo.InvariantCulture)} | {string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}"))} | {e.Exception}");
}

/// <summary>The backend with every log event captured and framework logs turned up.</summary>
public sealed class LogCaptureFixture : ApiFixture
{
    public CapturedLogs Logs { get; } = new();

    public override string ProviderName => "Sqlite";

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Dixis"] = $"Data Source={Path.Combine(Folder, "dixis.db")}",
        ["Serilog:MinimumLevel:Default"] = "Debug",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Information",
        ["Serilog:MinimumLevel:Override:System.Net.Http.HttpClient"] = "Information",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(Logs));
    }
}

/// <summary>No email, phone, IBAN, street or name of a buyer or producer reaches the logs (GDPR).</summary>
public sealed class LogScrubbingTests(LogCaptureFixture fixture) : IClassFixture<LogCaptureFixture>
{
    [Fact]
    public async Task A_full_order_journey_leaves_no_personal_data_in_the_logs()
    {
        Assert.Contains(fixture.Logs, fixture.Services.GetServices<ILogEventSink>());
        var unique = Guid.NewGuid().ToString("N")[..8];
        var email = $"maria.{unique}@example.gr";
        const string Phone = "6987654321";
        var street = $"Οδός Ιδιωτικότητας {unique[..3]}";
        var name = $"Μαρία Ιδιωτική {unique}";
        const string Password = "Kalimera-2026!";

        using var buyer = fixture.Client("en");
        var registered = await buyer.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = Password, displayName = name, accountType = "consumer" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        await (await buyer.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = "Wrong-Password-9!" })).AssertProblem(401);
        await (await buyer.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = Password, displayName = name })).AssertProblem(400);
        var token = await fixture.LoginAsync(email, Password);
        buyer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var (producerToken, _) = await fixture.NewAccountAsync("producer");
        using var producer = fixture.Client("en", producerToken);
        var producerUserId = (await (await producer.GetAsync("/api/v1/accounts/me")).Json()).GetProperty("id").GetGuid();
        var (_, ids) = await OrderTestData.ProducerAsync(fixture, "24100", null, producerUserId, new TestProduct("Λάδι", 9.00m, VatRateClass.Reduced, 1000));
        await OrderTestData.FillCartAsync(buyer, (ids[0], 2));
        var checkout = await buyer.PostAsJsonAsync("/api/v1/checkout", new
        {
            email,
            buyerType = "consumer",
            name,
            phone = Phone,
            street,
            city = "Καλαμάτα",
            postalCode = "24100",
            paymentMethod = "card",
        });
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        var placed = await checkout.Json();
        var orderId = placed.GetProperty("orders")[0].GetProperty("id").GetGuid();
        var paymentId = placed.GetProperty("payment").GetProperty("paymentId").GetGuid();
        Assert.Equal(HttpStatusCode.SeeOther, (await buyer.PostAsync($"/api/v1/payments/sandbox/{paymentId}/success", null)).StatusCode);

        foreach (var step in new object[] { new { status = "processing" }, new { status = "shipped", carrier = "ACS", trackingCode = "7012345678" }, new { status = "delivered" } })
        {
            Assert.Equal(HttpStatusCode.OK, (await producer.PostAsJsonAsync($"/api/v1/producer/orders/{orderId}/status", step)).StatusCode);
        }

        // Code that logs personal data by mistake is masked too.
        var logger = fixture.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Dixis.Tests.Careless");
#pragma warning disable CA1848, CA2254 // deliberately careless logging, as a future bug might write it
        logger.LogWarning("Order for {Customer} phone {Contact} at {Street}", email, "+30 698 765 4321", street);
        logger.LogWarning("Refund to GR16 0110 1250 0000 0001 2300 695 of " + email);
        logger.LogError(new InvalidOperationException($"Duplicate entry '{email}' for key 'EmailIndex'"), "Save failed");
#pragma warning restore CA1848, CA2254

        await WaitForJobsAsync();
        var lines = fixture.Logs.Lines().ToList();
        Assert.True(lines.Count > 20, $"expected a busy log, got {lines.Count} events");
        Assert.Contains(lines, l => l.Contains("[email]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[iban]", StringComparison.Ordinal));
        foreach (var secret in new[] { email, unique, Phone, "698 765 4321", street, name, "GR16 0110" })
        {
            var leaks = lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"'{secret}' leaked into {leaks.Count} log events, e.g. {leaks.FirstOrDefault()}");
        }
    }

    [Theory]
    [InlineData("buyer maria@example.gr ordered", "buyer [email] ordered")]
    [InlineData("call +30 6912345678 now", "call [phone] now")]
    [InlineData("call 0030 691 234 5678", "call [phone]")]
    [InlineData("office 210-123-4567", "office [phone]")]
    [InlineData("office 2101234567.", "office [phone].")]
    [InlineData("IBAN GR1601101250000000012300695", "IBAN [iban]")]
    [InlineData("IBAN GR16 0110 1250 0000 0001 2300 695", "IBAN [iban]")]
    public void Personal_data_in_text_is_masked(string text, string expected) => Assert.Equal(expected, PersonalDataMasker.MaskText(text));

    [Theory]
    [InlineData("order 3f2504e0-4f89-11d3-9a0c-0305e82c3301 placed")]
    [InlineData("viva order code 6912345678901234")]
    [InlineData("total 12,50 € for 2 items")]
    [InlineData("tracking 7012345678 with ACS")]
    [InlineData("AFM EL094014201")]
    public void Ids_amounts_and_codes_are_left_alone(string text) => Assert.Equal(text, PersonalDataMasker.MaskText(text));

    [Theory]
    [InlineData("Email")]
    [InlineData("RecipientEmail")]
    [InlineData("BuyerPhone")]
    [InlineData("DeliveryAddress")]
    [InlineData("Street")]
    [InlineData("DisplayName")]
    [InlineData("Iban")]
    public void Properties_named_for_personal_data_are_masked_whatever_they_hold(string property)
    {
        var masked = PersonalDataMasker.MaskValue(property, new ScalarValue("anything at all"));
        Assert.Equal(PersonalDataMasker.Masked, ((ScalarValue)masked).Value);
        Assert.Equal("anything at all", ((ScalarValue)PersonalDataMasker.MaskValue("OrderId", new ScalarValue("anything at all"))).Value);
    }

    private async Task WaitForJobsAsync()
    {
        // Mails and invoices go out on the in-process queues; give them time to run (and log).
        var mail = Path.Combine(fixture.Folder, "mail");
        for (var i = 0; i < 100 && !(Directory.Exists(mail) && Directory.GetFiles(mail, "*.eml").Length >= 3); i++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(500);
    }
}
