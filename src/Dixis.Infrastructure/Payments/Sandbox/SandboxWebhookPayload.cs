using System.Text.Json;
using System.Text.Json.Serialization;
using Dixis.Domain.Payments;

namespace Dixis.Infrastructure.Payments.Sandbox;

/// <summary>The body of a sandbox webhook (JSON, camelCase).</summary>
/// <param name="EventId">Unique per notification.</param>
/// <param name="Type"><c>payment.captured</c>, <c>payment.declined</c>, <c>payment.cancelled</c> or <c>refund.created</c>.</param>
/// <param name="OrderCode">The sandbox order (<c>sbx-…</c>).</param>
/// <param name="TransactionId">The sandbox transaction, when money moved or was refused.</param>
/// <param name="AmountCents">The amount in cents.</param>
/// <param name="OccurredAt">When the sandbox bank decided.</param>
public sealed record SandboxWebhookPayload(
    string EventId,
    string Type,
    string OrderCode,
    string? TransactionId,
    long? AmountCents,
    DateTimeOffset OccurredAt)
{
    public const string Captured = "payment.captured";
    public const string Declined = "payment.declined";
    public const string Cancelled = "payment.cancelled";
    public const string Refunded = "refund.created";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The event kind of <see cref="Type"/>; null for types Dixis does not act on.</summary>
    public PaymentEventKind? Kind => Type switch
    {
        Captured => PaymentEventKind.Captured,
        Declined => PaymentEventKind.Declined,
        Cancelled => PaymentEventKind.Cancelled,
        Refunded => PaymentEventKind.Refunded,
        _ => null,
    };
}
