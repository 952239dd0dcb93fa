namespace Dixis.Domain.Payments;

/// <summary>Everything the state machine needs to know about one payment attempt.</summary>
/// <param name="State">The current state.</param>
/// <param name="AmountCents">The amount asked for, in euro cents.</param>
/// <param name="CapturedCents">Money taken.</param>
/// <param name="RefundedCents">Money given back (never more than <paramref name="CapturedCents"/>).</param>
/// <param name="LastEventAt">Provider time of the newest event applied so far.</param>
/// <param name="CapturedTransactionId">The provider transaction that took the money.</param>
/// <param name="RefundTransactionIds">The provider transactions of the refunds applied so far.</param>
public sealed record PaymentSnapshot(
    PaymentState State,
    long AmountCents,
    long CapturedCents,
    long RefundedCents,
    DateTimeOffset? LastEventAt,
    string? CapturedTransactionId,
    IReadOnlySet<string> RefundTransactionIds)
{
    /// <summary>A new attempt for <paramref name="amountCents"/>.</summary>
    public static PaymentSnapshot New(long amountCents) =>
        new(PaymentState.Pending, amountCents, 0, 0, null, null, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>What can still be refunded.</summary>
    public long RefundableCents => CapturedCents - RefundedCents;
}
