namespace Dixis.Infrastructure.Payments;

/// <summary>
/// How the rest of Dixis learns what happened to a checkout's payment; implemented by orders. Each method is
/// called exactly once per real change of a payment attempt, inside the database transaction that records the
/// change, on the same scoped <c>DixisDbContext</c>: save order changes through it (<c>SaveChangesAsync</c>, no
/// transaction of your own) and they commit or roll back together with the payment. Throwing rolls the change
/// back; the provider redelivers, so the change comes again. Jobs enqueued here are not part of the transaction
/// (their storage is Redis): they may start before the commit and are not taken back by a rollback, so let them
/// re-read the database and do nothing when the change is not there.
/// Duplicate captures (a second attempt of a paid checkout) are never reported: they are refunded automatically.
/// Authorisations are not reported (no provider of Dixis authorises without capturing).
/// </summary>
public interface IPaymentOutcomeHandler
{
    /// <summary>The checkout is paid (once per checkout group).</summary>
    Task OnCapturedAsync(PaymentOutcome outcome, CancellationToken ct);

    /// <summary>An attempt was declined or failed; the customer may try again (a new attempt).</summary>
    Task OnFailedAsync(PaymentOutcome outcome, CancellationToken ct);

    /// <summary>An attempt was cancelled: by the customer, by a newer attempt (<c>superseded</c>), by expiry, or by the checkout.</summary>
    Task OnCancelledAsync(PaymentOutcome outcome, CancellationToken ct);

    /// <summary>Money went back (<see cref="PaymentOutcome.ChangeCents"/> this time, <see cref="PaymentOutcome.RefundedCents"/> in all).</summary>
    Task OnRefundedAsync(PaymentOutcome outcome, CancellationToken ct);
}

/// <summary>The default until orders register their own: nothing else needs to know.</summary>
public sealed class NoPaymentOutcomeHandler : IPaymentOutcomeHandler
{
    public Task OnCapturedAsync(PaymentOutcome outcome, CancellationToken ct) => Task.CompletedTask;

    public Task OnFailedAsync(PaymentOutcome outcome, CancellationToken ct) => Task.CompletedTask;

    public Task OnCancelledAsync(PaymentOutcome outcome, CancellationToken ct) => Task.CompletedTask;

    public Task OnRefundedAsync(PaymentOutcome outcome, CancellationToken ct) => Task.CompletedTask;
}
