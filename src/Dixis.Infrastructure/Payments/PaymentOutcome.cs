using Dixis.Domain.Payments;

namespace Dixis.Infrastructure.Payments;

/// <summary>One real change of a payment attempt, as told to <see cref="IPaymentOutcomeHandler"/>.</summary>
/// <param name="PaymentId">The attempt.</param>
/// <param name="CheckoutGroupId">The checkout it pays for.</param>
/// <param name="Attempt">1, 2, … within the group.</param>
/// <param name="Provider"><c>sandbox</c>, <c>viva</c> or <c>cod</c>.</param>
/// <param name="PreviousState">The state before (a capture after <c>Cancelled</c> means a superseded or expired page was paid after all).</param>
/// <param name="State">The state now.</param>
/// <param name="AmountCents">The amount asked for.</param>
/// <param name="CapturedCents">Money taken.</param>
/// <param name="RefundedCents">Money given back in all.</param>
/// <param name="ChangeCents">The amount of this change: captured, or refunded this time; 0 otherwise.</param>
/// <param name="Reason">For failures and cancellations: <c>declined</c>, <c>error</c>, <c>provider-unavailable</c>, <c>customer</c>, <c>superseded</c>, <c>expired</c>, <c>checkout</c>.</param>
/// <param name="Reference">For refunds asked through <see cref="PaymentService.RefundAsync"/>: its reference (e.g. the credit note).</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record PaymentOutcome(
    Guid PaymentId,
    Guid CheckoutGroupId,
    int Attempt,
    string Provider,
    PaymentState PreviousState,
    PaymentState State,
    long AmountCents,
    long CapturedCents,
    long RefundedCents,
    long ChangeCents,
    string? Reason,
    string? Reference,
    DateTimeOffset OccurredAt);
