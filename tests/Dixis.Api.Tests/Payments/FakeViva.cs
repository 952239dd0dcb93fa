using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dixis.Api.Tests.Payments;

/// <summary>
/// A local stand-in for Viva Wallet on 127.0.0.1:0 that answers as developer.viva.com documents (token, create
/// order, retrieve transaction, cancel transaction, webhook key) and checks what Dixis sends: the OAuth2 client
/// credentials, bearer tokens, Basic auth with merchant id and API key, amounts in cents, the source code. It
/// plays the accounts, API and checkout hosts at once.
/// </summary>
public sealed class FakeViva : IAsyncDisposable
{
    public const string ClientId = "dixis-test.apps.vivapayments.com";
    public const string ClientSecret = "client-secret-7c1e";
    public const string MerchantId = "8e1b4d2a-6f55-4b1c-9d0e-2a7b3c4d5e6f";
    public const string ApiKey = "api-key-93fd";
    public const string SourceCode = "4321";
    public const string WebhookKey = "CB0567F3B4FCFC5141F72F7A5352004529941706";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, bool> _tokens = new();
    private long _nextOrder = 7_212_345_678_900_000;
    private int _tokensIssued;

    private FakeViva(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request received: method, path and query, Authorization header, body.</summary>
    public ConcurrentQueue<Recorded> Requests { get; } = new();

    public ConcurrentDictionary<long, Order> Orders { get; } = new();

    public ConcurrentDictionary<Guid, Transaction> Transactions { get; } = new();

    public int TokensIssued => _tokensIssued;

    /// <summary>When true every call answers 503, as when Viva cannot be reached.</summary>
    public bool Down { get; set; }

    public sealed record Recorded(string Method, string PathAndQuery, string? Authorization, string Body);

    public sealed record Order(long OrderCode, long AmountCents, string SourceCode, string CustomerTrns, string MerchantTrns, JsonElement Body);

    public sealed record Transaction(Guid Id, long OrderCode, long AmountCents, string StatusId, Guid? ParentId);

    public static async Task<FakeViva> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var viva = new FakeViva(app);
        viva.Map(app);
        await app.StartAsync();
        viva.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return viva;
    }

    /// <summary>The settings that point Dixis at this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Payments:Viva:AccountsUrl"] = BaseUrl,
        ["Payments:Viva:ApiUrl"] = BaseUrl,
        ["Payments:Viva:CheckoutUrl"] = BaseUrl,
        ["Payments:Viva:ClientId"] = ClientId,
        ["Payments:Viva:ClientSecret"] = ClientSecret,
        ["Payments:Viva:MerchantId"] = MerchantId,
        ["Payments:Viva:ApiKey"] = ApiKey,
        ["Payments:Viva:SourceCode"] = SourceCode,
        ["Payments:Viva:TimeoutSeconds"] = "5",
    };

    /// <summary>The customer pays the order on Smart Checkout: a finished transaction for <paramref name="amountCents"/> (default: the order's).</summary>
    public Guid Pay(long orderCode, long? amountCents = null) => Add(orderCode, amountCents ?? Orders[orderCode].AmountCents, "F");

    /// <summary>The customer's bank declines on Smart Checkout.</summary>
    public Guid Decline(long orderCode) => Add(orderCode, Orders[orderCode].AmountCents, "E");

    /// <summary>Makes the tokens issued so far invalid (Viva answers 401 with them).</summary>
    public void RevokeTokens() => _tokens.Clear();

    /// <summary>A webhook body as Viva sends it (the documented sample's shape, personal fields included).</summary>
    public static string Envelope(int eventTypeId, Guid transactionId, long orderCode, decimal amountEuros, Guid? messageId = null, DateTimeOffset? created = null,
        Guid? parentId = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Url"] = "https://dixis.example/api/v1/payments/webhooks/viva",
            ["EventData"] = new Dictionary<string, object?>
            {
                ["Moto"] = false,
                ["Email"] = "pelatis@example.gr",
                ["Phone"] = "6912345678",
                ["FullName"] = "Μαρία Παπαδοπούλου",
                ["BankId"] = "NET_VISA",
                ["ParentId"] = parentId,
                ["Amount"] = amountEuros,
                ["MerchantId"] = MerchantId,
                ["OrderCode"] = orderCode,
                ["StatusId"] = eventTypeId == 1798 ? "E" : "F",
                ["InsDate"] = "2026-11-26T10:39:28.73",
                ["CardNumber"] = "414746XXXXXX0133",
                ["SourceCode"] = SourceCode,
                ["TransactionId"] = transactionId,
                ["ResponseCode"] = eventTypeId == 1798 ? "05" : "00",
                ["CurrencyCode"] = "978",
                ["OrderCulture"] = "el-GR",
                ["MerchantTrns"] = "x",
                ["CustomerTrns"] = "Dixis",
            },
            ["Created"] = (created ?? DateTimeOffset.UtcNow).ToString("O", CultureInfo.InvariantCulture),
            ["CorrelationId"] = "21-245-DB33F8C9",
            ["EventTypeId"] = eventTypeId,
            ["Delay"] = null,
            ["RetryCount"] = 0,
            ["MessageId"] = (messageId ?? Guid.NewGuid()).ToString(),
            ["RecipientId"] = MerchantId,
            ["MessageTypeId"] = 512,
        });

    public IEnumerable<Recorded> Calls(string method, string pathStart) =>
        Requests.Where(r => r.Method == method && r.PathAndQuery.StartsWith(pathStart, StringComparison.Ordinal));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Guid Add(long orderCode, long amountCents, string statusId, Guid? parentId = null)
    {
        var id = Guid.NewGuid();
        Transactions[id] = new Transaction(id, orderCode, amountCents, statusId, parentId);
        return id;
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
            context.Request.Body.Position = 0;
            Requests.Enqueue(new Recorded(context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.Headers.Authorization.ToString(), body));
            if (Down)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context);
        });

        app.MapPost("/connect/token", async (HttpRequest request) =>
        {
            if (request.Headers.Authorization != Basic(ClientId, ClientSecret))
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: 400);
            }

            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials")
            {
                return Results.Json(new { error = "unsupported_grant_type" }, statusCode: 400);
            }

            var token = "tok-" + Interlocked.Increment(ref _tokensIssued) + "-" + Guid.NewGuid().ToString("N");
            _tokens[token] = true;
            return Results.Json(new Dictionary<string, object> { ["access_token"] = token, ["expires_in"] = 3600, ["token_type"] = "Bearer", ["scope"] = "urn:viva:payments:core:api:redirectcheckout" });
        });

        app.MapPost("/checkout/v2/orders", async (HttpRequest request) =>
        {
            if (!HasBearer(request))
            {
                return Results.StatusCode(401);
            }

            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            // Amounts are whole cents (an integer), and the payment source must be the merchant's.
            if (!body.TryGetProperty("amount", out var amount) || amount.ValueKind != JsonValueKind.Number || !amount.TryGetInt64(out var cents) || cents <= 0
                || !body.TryGetProperty("sourceCode", out var source) || source.GetString() != SourceCode)
            {
                return Results.Json(new { message = "invalid request" }, statusCode: 400);
            }

            var code = Interlocked.Increment(ref _nextOrder);
            Orders[code] = new Order(code, cents, source.GetString()!, body.GetProperty("customerTrns").GetString()!, body.GetProperty("merchantTrns").GetString()!, body);
            return Results.Json(new { orderCode = code });
        });

        app.MapGet("/checkout/v2/transactions/{id:guid}", (Guid id, HttpRequest request) =>
        {
            if (!HasBearer(request))
            {
                return Results.StatusCode(401);
            }

            if (!Transactions.TryGetValue(id, out var t))
            {
                return Results.NotFound();
            }

            return Results.Json(new Dictionary<string, object?>
            {
                ["email"] = "pelatis@example.gr",
                ["amount"] = t.AmountCents / 100m,
                ["orderCode"] = t.OrderCode,
                ["statusId"] = t.StatusId,
                ["fullName"] = "Μαρία Παπαδοπούλου",
                ["insDate"] = "2026-11-26T12:39:28.73+02:00",
                ["cardNumber"] = "414746XXXXXX0133",
                ["currencyCode"] = "978",
                ["customerTrns"] = "Dixis",
                ["merchantTrns"] = "x",
                ["transactionTypeId"] = t.ParentId is null ? 5 : 7,
                ["recurringSupport"] = false,
                ["totalInstallments"] = 0,
                ["cardCountryCode"] = "GR",
                ["cardIssuingBank"] = "Piraeus",
                ["currentInstallment"] = 0,
                ["cardTypeId"] = 0,
            });
        });

        app.MapDelete("/api/transactions/{id:guid}", (Guid id, HttpRequest request) =>
        {
            if (request.Headers.Authorization != Basic(MerchantId, ApiKey))
            {
                return Results.StatusCode(401);
            }

            if (!long.TryParse(request.Query["amount"], NumberStyles.None, CultureInfo.InvariantCulture, out var cents) || request.Query["sourceCode"] != SourceCode)
            {
                return Results.Json(new { ErrorCode = 400, ErrorText = "bad request", StatusId = "E" }, statusCode: 400);
            }

            if (!Transactions.TryGetValue(id, out var original) || original.StatusId != "F" || original.ParentId is not null)
            {
                return Results.Json(new { ErrorCode = 404, ErrorText = "transaction not found", StatusId = "E" }, statusCode: 404);
            }

            var refunded = Transactions.Values.Where(t => t.ParentId == id).Sum(t => t.AmountCents);
            if (cents <= 0 || refunded + cents > original.AmountCents)
            {
                return Results.Json(new { ErrorCode = 403, ErrorText = "amount exceeds the transaction", StatusId = "E", TransactionId = (Guid?)null });
            }

            var refund = Add(original.OrderCode, cents, "F", id);
            return Results.Json(new { Emv = (string?)null, Amount = cents / 100m, StatusId = "F", TransactionId = refund, ErrorCode = 0, ErrorText = (string?)null, TimeStamp = DateTimeOffset.UtcNow });
        });

        app.MapGet("/api/messages/config/token", (HttpRequest request) =>
            request.Headers.Authorization == Basic(MerchantId, ApiKey) ? Results.Json(new Dictionary<string, string> { ["Key"] = WebhookKey }) : Results.StatusCode(401));
    }

    private bool HasBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.ContainsKey(header["Bearer ".Length..]);
    }

    private static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    /// <summary>Viva reports euros; the tests think in cents.</summary>
    public static decimal Euros(long cents) => cents / 100m;
}
