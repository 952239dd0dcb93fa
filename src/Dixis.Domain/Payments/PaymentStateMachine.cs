namespace Dixis.Domain.Payments;

/// <summary>
/// The payment state machine as pure rules. Applying an event is idempotent: the same event twice, a status
/// report older than the newest applied one, or a move the table does not allow all leave the payment as it was.
/// Captures and refunds are money that moved, so they are never treated as stale: a capture reported after a
/// decline (the provider let the person try again) or after a cancellation (a superseded page was paid anyway)
/// still applies, and the caller decides what a second paid attempt means for its checkout.
/// </summary>
public static class PaymentStateMachine
{
    private static readonly Dictionary<PaymentState, PaymentState[]> Moves = new Dictionary<PaymentState, PaymentState[]>
    {
        [PaymentState.Pending] = [PaymentState.Authorised, PaymentState.Captured, PaymentState.Failed, PaymentState.Cancelled],
        [PaymentState.Authorised] = [PaymentState.Captured, PaymentState.Failed, PaymentState.Cancelled],
        [PaymentState.Failed] = [PaymentState.Captured],
        [PaymentState.Cancelled] = [PaymentState.Captured],
        [PaymentState.Captured] = [PaymentState.PartiallyRefunded, PaymentState.Refunded],
        [PaymentState.PartiallyRefunded] = [PaymentState.PartiallyRefunded, PaymentState.Refunded],
        [PaymentState.Refunded] = [],
    };

    /// <summary>The states reachable from <paramref name="from"/> in one step.</summary>
    public static IReadOnlyList<PaymentState> AllowedFrom(PaymentState from) => Moves[from];

    /// <summary>True when one event may move a payment from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(PaymentState from, PaymentState to) => Moves[from].Contains(to);

    /// <summary>True once money was taken (whatever was refunded since).</summary>
    public static bool IsPaid(PaymentState state) => state is PaymentState.Captured or PaymentState.PartiallyRefunded or PaymentState.Refunded;

    /// <summary>True while the attempt can still be paid, declined or cancelled.</summary>
    public static bool IsOpen(PaymentState state) => state is PaymentState.Pending or PaymentState.Authorised;

    /// <summary>The state an event of <paramref name="kind"/> leads to (refunds: see <see cref="Apply"/>).</summary>
    public static PaymentState Target(PaymentEventKind kind) => kind switch
    {
        PaymentEventKind.Authorised => PaymentState.Authorised,
        PaymentEventKind.Captured => PaymentState.Captured,
        PaymentEventKind.Declined or PaymentEventKind.Failed => PaymentState.Failed,
        PaymentEventKind.Cancelled => PaymentState.Cancelled,
        PaymentEventKind.Refunded => PaymentState.Refunded,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown payment event kind."),
    };

    /// <summary>Applies <paramref name="event"/> to <paramref name="current"/>; see the type's remarks for the rules.</summary>
    public static PaymentTransition Apply(PaymentSnapshot current, PaymentEvent @event)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(@event);
        PaymentTransition Unchanged(PaymentEventOutcome outcome) => new(outcome, current, current);

        if (IsDuplicate(current, @event))
        {
            return Unchanged(PaymentEventOutcome.Duplicate);
        }

        if (!@event.MovesMoney && current.LastEventAt is { } last && @event.OccurredAt < last)
        {
            return Unchanged(PaymentEventOutcome.Stale);
        }

        if (@event.Kind is PaymentEventKind.Authorised or PaymentEventKind.Captured or PaymentEventKind.Refunded && @event.AmountCents <= 0)
        {
            return Unchanged(PaymentEventOutcome.InvalidAmount);
        }

        var newest = current.LastEventAt is { } previous && previous > @event.OccurredAt ? previous : @event.OccurredAt;
        if (@event.Kind == PaymentEventKind.Refunded)
        {
            if (!CanMove(current.State, PaymentState.Refunded))
            {
                return Unchanged(PaymentEventOutcome.NotAllowed);
            }

            if (@event.AmountCents > current.RefundableCents)
            {
                return Unchanged(PaymentEventOutcome.RefundExceedsCaptured);
            }

            var refunded = current.RefundedCents + @event.AmountCents;
            var refunds = new HashSet<string>(current.RefundTransactionIds, StringComparer.Ordinal);
            if (@event.TransactionId is not null)
            {
                refunds.Add(@event.TransactionId);
            }

            return new(PaymentEventOutcome.Applied, current, current with
            {
                State = refunded == current.CapturedCents ? PaymentState.Refunded : PaymentState.PartiallyRefunded,
                RefundedCents = refunded,
                LastEventAt = newest,
                RefundTransactionIds = refunds,
            });
        }

        var target = Target(@event.Kind);
        if (!CanMove(current.State, target))
        {
            return Unchanged(PaymentEventOutcome.NotAllowed);
        }

        if (@event.Kind is PaymentEventKind.Authorised or PaymentEventKind.Captured && @event.AmountCents != current.AmountCents)
        {
            return Unchanged(PaymentEventOutcome.AmountMismatch);
        }

        var captured = @event.Kind == PaymentEventKind.Captured;
        return new(PaymentEventOutcome.Applied, current, current with
        {
            State = target,
            LastEventAt = newest,
            CapturedCents = captured ? @event.AmountCents : current.CapturedCents,
            CapturedTransactionId = captured ? @event.TransactionId : current.CapturedTransactionId,
        });
    }

    private static bool IsDuplicate(PaymentSnapshot current, PaymentEvent @event) => @event.Kind switch
    {
        // The same capture again; a capture without a transaction id (cash on delivery) can only happen once.
        PaymentEventKind.Captured => IsPaid(current.State)
            && (@event.TransactionId is null || current.CapturedTransactionId is null || @event.TransactionId == current.CapturedTransactionId),
        PaymentEventKind.Refunded => @event.TransactionId is not null && current.RefundTransactionIds.Contains(@event.TransactionId),
        _ => current.State == Target(@event.Kind),
    };
}
