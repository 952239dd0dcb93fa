namespace Dixis.Domain.Payments;

/// <summary>One thing that happened to a payment, as the provider reported it.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="AmountCents">The amount the event is about, in euro cents (ignored for declines, failures and cancellations).</param>
/// <param name="OccurredAt">When it happened at the provider; decides which of two status reports is newer.</param>
/// <param name="TransactionId">The provider's transaction: the payment's for a capture, the refund's own for a refund.</param>
public sealed record PaymentEvent(PaymentEventKind Kind, long AmountCents, DateTimeOffset OccurredAt, string? TransactionId = null)
{
    /// <summary>Captures and refunds are money that moved: they are facts whatever their time, never stale.</summary>
    public bool MovesMoney => Kind is PaymentEventKind.Captured or PaymentEventKind.Refunded;
}
