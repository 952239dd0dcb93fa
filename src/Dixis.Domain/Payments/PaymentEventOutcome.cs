namespace Dixis.Domain.Payments;

/// <summary>What applying an event did. Only <see cref="Applied"/> changes anything.</summary>
public enum PaymentEventOutcome
{
    /// <summary>The payment moved to a new state or refunded amount.</summary>
    Applied,

    /// <summary>The event says what the payment already shows (the same transaction, the same status).</summary>
    Duplicate,

    /// <summary>A status report older than the newest one applied: it arrived out of order.</summary>
    Stale,

    /// <summary>The move is not allowed from the current state (e.g. a failure after a capture).</summary>
    NotAllowed,

    /// <summary>The captured or authorised amount is not the amount asked for.</summary>
    AmountMismatch,

    /// <summary>A capture, authorisation or refund of zero or fewer cents.</summary>
    InvalidAmount,

    /// <summary>The refund would give back more than was captured.</summary>
    RefundExceedsCaptured,
}
