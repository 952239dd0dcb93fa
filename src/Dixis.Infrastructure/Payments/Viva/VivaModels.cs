using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dixis.Infrastructure.Payments.Viva;

/// <summary>JSON shapes of Viva's API as documented on developer.viva.com (only the fields Dixis reads or sends).</summary>
internal static class VivaJson
{
    /// <summary>Case-insensitive, numbers also from strings (order codes are 16-digit numbers).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary><c>POST {accounts}/connect/token</c> answer.</summary>
internal sealed record VivaTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string? TokenType);

/// <summary><c>POST {api}/checkout/v2/orders</c> body: amount in cents.</summary>
internal sealed record VivaOrderRequest(
    long Amount,
    string CustomerTrns,
    string MerchantTrns,
    string SourceCode,
    int PaymentTimeout,
    bool Preauth,
    bool AllowRecurring,
    int MaxInstallments,
    bool PaymentNotification,
    bool DisableCash,
    VivaOrderCustomer Customer,
    IReadOnlyList<string> Tags);

/// <summary>The customer part of an order: Dixis sends only the page language, no personal data.</summary>
internal sealed record VivaOrderCustomer(string RequestLang);

/// <summary><c>POST {api}/checkout/v2/orders</c> answer.</summary>
internal sealed record VivaOrderResponse(long OrderCode);

/// <summary><c>GET {api}/checkout/v2/transactions/{id}</c> answer: amount in euros.</summary>
internal sealed record VivaTransactionResponse(decimal Amount, long OrderCode, string? StatusId, string? CurrencyCode);

/// <summary><c>DELETE {checkout}/api/transactions/{id}?amount=…</c> answer.</summary>
internal sealed record VivaCancelResponse(string? TransactionId, string? StatusId, int ErrorCode, string? ErrorText);

/// <summary><c>GET {checkout}/api/messages/config/token</c> answer, and what the webhook's GET must echo.</summary>
public sealed record VivaWebhookKey([property: JsonPropertyName("Key")] string Key);

/// <summary>A webhook notification's envelope.</summary>
internal sealed record VivaWebhookEnvelope(int EventTypeId, string? MessageId, DateTimeOffset? Created, VivaEventData? EventData);

/// <summary>The transaction part of a webhook: amount in euros.</summary>
internal sealed record VivaEventData(string? TransactionId, long? OrderCode, decimal? Amount, string? StatusId);
