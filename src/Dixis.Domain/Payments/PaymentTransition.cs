namespace Dixis.Domain.Payments;

/// <summary>The result of applying one event: the outcome and the payment afterwards (unchanged unless applied).</summary>
public sealed record PaymentTransition(PaymentEventOutcome Outcome, PaymentSnapshot Before, PaymentSnapshot After)
{
    /// <summary>True when the payment changed.</summary>
    public bool Changed => Outcome == PaymentEventOutcome.Applied;
}
