using Dixis.Domain.Payments;
using static Dixis.Domain.Payments.PaymentEventOutcome;
using K = Dixis.Domain.Payments.PaymentEventKind;
using S = Dixis.Domain.Payments.PaymentState;

namespace Dixis.Domain.Tests.Payments;

public sealed class PaymentStateMachineTests
{
    private const long Amount = 4_250;
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A payment of <see cref="Amount"/> cents in <paramref name="state"/>, its last event at T0.</summary>
    private static PaymentSnapshot In(S state)
    {
        var paid = PaymentStateMachine.IsPaid(state);
        var refunded = state switch { S.Refunded => Amount, S.PartiallyRefunded => 1_000, _ => 0 };
        return new PaymentSnapshot(state, Amount, paid ? Amount : 0, refunded, T0, paid ? "tx-paid" : null,
            refunded > 0 ? new HashSet<string>(["rf-1"]) : new HashSet<string>());
    }

    private static PaymentEvent Event(K kind, long cents = Amount, int minutes = 1, string? tx = null) =>
        new(kind, cents, T0.AddMinutes(minutes), tx ?? (kind == K.Refunded ? "rf-new" : "tx-new"));

    // Every state against every kind of event, with amounts that fit: the table in docs/payments.md.
    [Theory]
    [InlineData(S.Pending, K.Authorised, Applied, S.Authorised)]
    [InlineData(S.Pending, K.Captured, Applied, S.Captured)]
    [InlineData(S.Pending, K.Declined, Applied, S.Failed)]
    [InlineData(S.Pending, K.Failed, Applied, S.Failed)]
    [InlineData(S.Pending, K.Cancelled, Applied, S.Cancelled)]
    [InlineData(S.Pending, K.Refunded, NotAllowed, S.Pending)]
    [InlineData(S.Authorised, K.Authorised, Duplicate, S.Authorised)]
    [InlineData(S.Authorised, K.Captured, Applied, S.Captured)]
    [InlineData(S.Authorised, K.Declined, Applied, S.Failed)]
    [InlineData(S.Authorised, K.Failed, Applied, S.Failed)]
    [InlineData(S.Authorised, K.Cancelled, Applied, S.Cancelled)]
    [InlineData(S.Authorised, K.Refunded, NotAllowed, S.Authorised)]
    [InlineData(S.Captured, K.Authorised, NotAllowed, S.Captured)]
    [InlineData(S.Captured, K.Captured, NotAllowed, S.Captured)]
    [InlineData(S.Captured, K.Declined, NotAllowed, S.Captured)]
    [InlineData(S.Captured, K.Failed, NotAllowed, S.Captured)]
    [InlineData(S.Captured, K.Cancelled, NotAllowed, S.Captured)]
    [InlineData(S.Captured, K.Refunded, Applied, S.Refunded)]
    [InlineData(S.Failed, K.Authorised, NotAllowed, S.Failed)]
    [InlineData(S.Failed, K.Captured, Applied, S.Captured)]
    [InlineData(S.Failed, K.Declined, Duplicate, S.Failed)]
    [InlineData(S.Failed, K.Failed, Duplicate, S.Failed)]
    [InlineData(S.Failed, K.Cancelled, NotAllowed, S.Failed)]
    [InlineData(S.Failed, K.Refunded, NotAllowed, S.Failed)]
    [InlineData(S.Cancelled, K.Authorised, NotAllowed, S.Cancelled)]
    [InlineData(S.Cancelled, K.Captured, Applied, S.Captured)]
    [InlineData(S.Cancelled, K.Declined, NotAllowed, S.Cancelled)]
    [InlineData(S.Cancelled, K.Failed, NotAllowed, S.Cancelled)]
    [InlineData(S.Cancelled, K.Cancelled, Duplicate, S.Cancelled)]
    [InlineData(S.Cancelled, K.Refunded, NotAllowed, S.Cancelled)]
    [InlineData(S.Refunded, K.Authorised, NotAllowed, S.Refunded)]
    [InlineData(S.Refunded, K.Captured, NotAllowed, S.Refunded)]
    [InlineData(S.Refunded, K.Declined, NotAllowed, S.Refunded)]
    [InlineData(S.Refunded, K.Failed, NotAllowed, S.Refunded)]
    [InlineData(S.Refunded, K.Cancelled, NotAllowed, S.Refunded)]
    [InlineData(S.Refunded, K.Refunded, NotAllowed, S.Refunded)]
    [InlineData(S.PartiallyRefunded, K.Authorised, NotAllowed, S.PartiallyRefunded)]
    [InlineData(S.PartiallyRefunded, K.Captured, NotAllowed, S.PartiallyRefunded)]
    [InlineData(S.PartiallyRefunded, K.Declined, NotAllowed, S.PartiallyRefunded)]
    [InlineData(S.PartiallyRefunded, K.Failed, NotAllowed, S.PartiallyRefunded)]
    [InlineData(S.PartiallyRefunded, K.Cancelled, NotAllowed, S.PartiallyRefunded)]
    [InlineData(S.PartiallyRefunded, K.Refunded, Applied, S.Refunded)]
    public void Every_state_against_every_event(S from, K kind, PaymentEventOutcome outcome, S after)
    {
        var current = In(from);
        // Refunds give back what is left, so a full refund from a partly refunded payment ends Refunded.
        var cents = kind == K.Refunded ? Math.Max(1, current.RefundableCents) : Amount;
        var transition = PaymentStateMachine.Apply(current, Event(kind, cents));
        Assert.Equal(outcome, transition.Outcome);
        Assert.Equal(after, transition.After.State);
        Assert.Equal(outcome == Applied, transition.Changed);
        if (!transition.Changed)
        {
            Assert.Same(current, transition.After);
        }
    }

    [Fact]
    public void The_table_and_CanMove_agree_and_Refunded_is_final()
    {
        foreach (var from in Enum.GetValues<S>())
        {
            foreach (var to in Enum.GetValues<S>())
            {
                Assert.Equal(PaymentStateMachine.AllowedFrom(from).Contains(to), PaymentStateMachine.CanMove(from, to));
            }
        }

        Assert.Empty(PaymentStateMachine.AllowedFrom(S.Refunded));
        Assert.True(PaymentStateMachine.IsOpen(S.Pending) && PaymentStateMachine.IsOpen(S.Authorised));
        Assert.False(PaymentStateMachine.IsOpen(S.Failed));
    }

    [Fact]
    public void The_same_capture_twice_changes_nothing()
    {
        var first = PaymentStateMachine.Apply(In(S.Pending), Event(K.Captured, tx: "tx-1"));
        Assert.Equal(Applied, first.Outcome);
        Assert.Equal(Amount, first.After.CapturedCents);
        Assert.Equal("tx-1", first.After.CapturedTransactionId);

        var again = PaymentStateMachine.Apply(first.After, Event(K.Captured, minutes: 5, tx: "tx-1"));
        Assert.Equal(Duplicate, again.Outcome);
        Assert.Same(first.After, again.After);
    }

    [Fact]
    public void A_second_capture_by_another_transaction_is_not_allowed_on_the_same_attempt()
    {
        var captured = PaymentStateMachine.Apply(In(S.Pending), Event(K.Captured, tx: "tx-1")).After;
        Assert.Equal(NotAllowed, PaymentStateMachine.Apply(captured, Event(K.Captured, tx: "tx-2")).Outcome);
    }

    [Fact]
    public void A_capture_without_a_transaction_id_happens_once()
    {
        var captured = PaymentStateMachine.Apply(In(S.Pending), new PaymentEvent(K.Captured, Amount, T0.AddMinutes(1))).After;
        Assert.Equal(Duplicate, PaymentStateMachine.Apply(captured, new PaymentEvent(K.Captured, Amount, T0.AddMinutes(2))).Outcome);
    }

    [Fact]
    public void An_older_failure_after_a_capture_changes_nothing()
    {
        var captured = PaymentStateMachine.Apply(In(S.Pending), Event(K.Captured, minutes: 10)).After;
        var late = PaymentStateMachine.Apply(captured, Event(K.Declined, minutes: 5));
        Assert.Equal(Stale, late.Outcome);
        Assert.Equal(S.Captured, late.After.State);
    }

    [Fact]
    public void An_older_status_report_is_stale_even_where_the_move_would_be_allowed()
    {
        var authorised = PaymentStateMachine.Apply(In(S.Pending), Event(K.Authorised, minutes: 10)).After;
        var older = PaymentStateMachine.Apply(authorised, Event(K.Cancelled, minutes: 3));
        Assert.Equal(Stale, older.Outcome);
        Assert.Equal(S.Authorised, older.After.State);
    }

    [Fact]
    public void A_capture_is_money_that_moved_so_it_applies_after_a_newer_decline()
    {
        // The provider let the person try again on the same order: the decline came first in our log, the
        // capture's own time is earlier, yet the money was taken and must be known.
        var declined = PaymentStateMachine.Apply(In(S.Pending), Event(K.Declined, minutes: 10)).After;
        var capture = PaymentStateMachine.Apply(declined, Event(K.Captured, minutes: 2));
        Assert.Equal(Applied, capture.Outcome);
        Assert.Equal(S.Captured, capture.After.State);
        Assert.Equal(T0.AddMinutes(10), capture.After.LastEventAt);
    }

    [Fact]
    public void A_capture_of_another_amount_is_rejected()
    {
        var pending = In(S.Pending);
        Assert.Equal(AmountMismatch, PaymentStateMachine.Apply(pending, Event(K.Captured, Amount - 1)).Outcome);
        Assert.Equal(AmountMismatch, PaymentStateMachine.Apply(pending, Event(K.Captured, Amount + 100)).Outcome);
        Assert.Equal(AmountMismatch, PaymentStateMachine.Apply(pending, Event(K.Authorised, 1)).Outcome);
        Assert.Equal(InvalidAmount, PaymentStateMachine.Apply(pending, Event(K.Captured, 0)).Outcome);
        Assert.Equal(InvalidAmount, PaymentStateMachine.Apply(pending, Event(K.Captured, -Amount)).Outcome);
    }

    [Fact]
    public void Partial_refunds_add_up_to_a_full_refund_and_never_beyond()
    {
        var captured = PaymentStateMachine.Apply(In(S.Pending), Event(K.Captured, tx: "tx-1")).After;

        var first = PaymentStateMachine.Apply(captured, Event(K.Refunded, 1_000, minutes: 2, tx: "rf-1"));
        Assert.Equal(Applied, first.Outcome);
        Assert.Equal(S.PartiallyRefunded, first.After.State);
        Assert.Equal(1_000, first.After.RefundedCents);
        Assert.Equal(Amount - 1_000, first.After.RefundableCents);

        var tooMuch = PaymentStateMachine.Apply(first.After, Event(K.Refunded, Amount - 999, minutes: 3, tx: "rf-2"));
        Assert.Equal(RefundExceedsCaptured, tooMuch.Outcome);
        Assert.Same(first.After, tooMuch.After);

        var rest = PaymentStateMachine.Apply(first.After, Event(K.Refunded, Amount - 1_000, minutes: 3, tx: "rf-2"));
        Assert.Equal(Applied, rest.Outcome);
        Assert.Equal(S.Refunded, rest.After.State);
        Assert.Equal(Amount, rest.After.RefundedCents);
        Assert.Equal(0, rest.After.RefundableCents);

        Assert.Equal(NotAllowed, PaymentStateMachine.Apply(rest.After, Event(K.Refunded, 1, minutes: 4, tx: "rf-3")).Outcome);
    }

    [Fact]
    public void The_same_refund_twice_is_counted_once_even_when_it_arrives_late()
    {
        var captured = PaymentStateMachine.Apply(In(S.Pending), Event(K.Captured, tx: "tx-1")).After;
        var refunded = PaymentStateMachine.Apply(captured, Event(K.Refunded, 500, minutes: 5, tx: "rf-1")).After;
        var replay = PaymentStateMachine.Apply(refunded, Event(K.Refunded, 500, minutes: 1, tx: "rf-1"));
        Assert.Equal(Duplicate, replay.Outcome);
        Assert.Equal(500, replay.After.RefundedCents);

        // A different refund reported with an older time is still money that went back.
        var older = PaymentStateMachine.Apply(refunded, Event(K.Refunded, 500, minutes: 1, tx: "rf-2"));
        Assert.Equal(Applied, older.Outcome);
        Assert.Equal(1_000, older.After.RefundedCents);
        Assert.Equal(T0.AddMinutes(5), older.After.LastEventAt);
    }

    [Fact]
    public void A_refund_of_nothing_is_rejected()
    {
        var captured = PaymentStateMachine.Apply(In(S.Pending), Event(K.Captured)).After;
        Assert.Equal(InvalidAmount, PaymentStateMachine.Apply(captured, Event(K.Refunded, 0)).Outcome);
    }

    [Fact]
    public void Declines_failures_and_cancellations_ignore_the_amount()
    {
        Assert.Equal(Applied, PaymentStateMachine.Apply(In(S.Pending), Event(K.Declined, 0)).Outcome);
        Assert.Equal(Applied, PaymentStateMachine.Apply(In(S.Pending), Event(K.Cancelled, -1)).Outcome);
    }

    [Fact]
    public void Targets_of_each_kind()
    {
        Assert.Equal(S.Failed, PaymentStateMachine.Target(K.Declined));
        Assert.Equal(S.Failed, PaymentStateMachine.Target(K.Failed));
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentStateMachine.Target((K)99));
    }
}
