using Dixis.Domain.Payments;

namespace Dixis.Infrastructure.Payments;

/// <summary>A provider's notification (webhook), normalised and stripped of personal data.</summary>
/// <param name="Provider">Which provider sent it.</param>
/// <param name="EventId">The provider's id of this notification; the same id twice is a replay.</param>
/// <param name="Kind">What it says happened; null for event types Dixis does not act on.</param>
/// <param name="OrderCode">The provider's order, which names our payment.</param>
/// <param name="TransactionId">The provider transaction (the refund's own for refunds).</param>
/// <param name="AmountCents">The amount it claims, if it carries one.</param>
/// <param name="OccurredAt">When it happened at the provider.</param>
/// <param name="PayloadHash">SHA-256 of the raw body.</param>
public sealed record ProviderNotification(
    string Provider,
    string EventId,
    PaymentEventKind? Kind,
    string? OrderCode,
    string? TransactionId,
    long? AmountCents,
    DateTimeOffset OccurredAt,
    string PayloadHash);

/// <summary>What became of a notification: an outcome of <c>PaymentEventOutcomes</c>, or <c>replay</c>.</summary>
public sealed record NotificationReceipt(string Outcome, Guid? PaymentId);
