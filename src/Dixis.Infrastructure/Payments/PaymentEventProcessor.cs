using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Payments;
using Dixis.Infrastructure.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Payments;

/// <summary>
/// Applies provider notifications and payment commands to payments. Every notification or command is first
/// recorded in the event log (unique per provider and event id, so a replay is caught by the database on any
/// replica); then it is checked against our record and, for captures, declines and refunds, against the
/// provider's own record; then the state machine decides, and the payment, the log row, the group's capture claim
/// and whatever <see cref="IPaymentOutcomeHandler"/> saves are committed in one transaction.
/// </summary>
public sealed partial class PaymentEventProcessor(
    DixisDbContext db,
    PaymentGateways gateways,
    IPaymentOutcomeHandler handler,
    PaymentMetrics metrics,
    SecurityEvents security,
    TimeProvider clock,
    ILogger<PaymentEventProcessor> logger)
{
    /// <summary>Event ids of our own commands start with this; providers' ids never do (Viva's are GUIDs, the sandbox's are signed).</summary>
    public const string CommandPrefix = "cmd:";

    private const int MaxConcurrencyRetries = 5;

    /// <summary>
    /// Records a provider notification and applies it. A replay changes nothing and is a security event (unless
    /// <paramref name="replayIsSecurityEvent"/> is false: a person reloading the return page is no attack).
    /// </summary>
    public async Task<NotificationReceipt> ReceiveAsync(ProviderNotification notification, CancellationToken ct, bool replayIsSecurityEvent = true)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var (rowId, existing) = await RecordAsync(notification, ct);
        if (existing is not null && !PaymentEventOutcomes.IsRetryable(existing.Outcome))
        {
            if (!replayIsSecurityEvent)
            {
                return new NotificationReceipt(existing.Outcome, existing.PaymentId);
            }

            var detail = existing.PayloadHash == notification.PayloadHash
                ? $"event {notification.EventId} delivered again (first outcome: {existing.Outcome})"
                : $"event {notification.EventId} delivered again with a different body";
            security.Record(SecurityEvents.WebhookReplay, notification.Provider, detail);
            return new NotificationReceipt(PaymentEventOutcomes.Replay, existing.PaymentId);
        }

        return await ProcessAsync(rowId, ct);
    }

    /// <summary>Processes a recorded notification (again, when it is still pending).</summary>
    public async Task<NotificationReceipt> ProcessAsync(Guid rowId, CancellationToken ct)
    {
        var row = await db.PaymentEvents.AsNoTracking().SingleAsync(e => e.Id == rowId, ct);
        if (!PaymentEventOutcomes.IsRetryable(row.Outcome))
        {
            return new NotificationReceipt(row.Outcome, row.PaymentId);
        }

        if (PaymentEventKinds.Parse(row.Kind) is not { } kind)
        {
            return await FinishAsync(rowId, PaymentEventOutcomes.Ignored, null, ct);
        }

        var payment = row.OrderCode is null ? null : await db.Payments.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Provider == row.Provider && p.ProviderOrderCode == row.OrderCode, ct);
        if (payment is null)
        {
            security.Record(SecurityEvents.WebhookUnknownOrder, row.Provider, $"event {row.EventId} names order {row.OrderCode ?? "(none)"}");
            return await FinishAsync(rowId, PaymentEventOutcomes.UnknownOrder, null, ct);
        }

        var amount = row.AmountCents;
        var mismatch = AgainstOurRecord(kind, row, payment);
        if (mismatch is null && kind is PaymentEventKind.Captured or PaymentEventKind.Declined or PaymentEventKind.Refunded)
        {
            GatewayTransaction? transaction;
            try
            {
                transaction = await gateways.For(row.Provider).GetTransactionAsync(row.TransactionId!, ct);
            }
            catch (PaymentProviderException e)
            {
                // Not verified, not applied: the row stays pending for the provider's redelivery or the reconciliation job.
                LogVerificationFailed(row.Provider, row.EventId, e.Message);
                await db.PaymentEvents.Where(e => e.Id == rowId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Attempts, e => e.Attempts + 1), ct);
                return new NotificationReceipt(PaymentEventOutcomes.Pending, payment.Id);
            }

            mismatch = AgainstProviderRecord(kind, transaction, row, payment);
            amount ??= transaction?.AmountCents;
        }

        if (mismatch is not null)
        {
            security.Record(SecurityEvents.WebhookTampered, row.Provider, $"event {row.EventId} for payment {payment.Id}: {mismatch}");
            return await FinishAsync(rowId, PaymentEventOutcomes.Tampered, payment.Id, ct);
        }

        var reason = kind switch
        {
            PaymentEventKind.Declined => PaymentReasons.Declined,
            PaymentEventKind.Failed => PaymentReasons.Error,
            PaymentEventKind.Cancelled => PaymentReasons.Customer,
            _ => null,
        };
        var result = await ApplyAsync(payment.Id, new PaymentEvent(kind, amount ?? 0, row.OccurredAt, row.TransactionId), rowId, reason, null, 0, ct);
        return new NotificationReceipt(result.LogOutcome, payment.Id);
    }

    /// <summary>
    /// Records one of our own commands under <c>cmd:</c> + <paramref name="commandId"/>. Returns the row and, when
    /// the command was recorded before, that earlier row.
    /// </summary>
    internal Task<(Guid RowId, PaymentEventLogEntry? Existing)> RecordCommandAsync(
        Payment payment, string commandId, PaymentEventKind kind, long? amountCents, CancellationToken ct)
    {
        var eventId = CommandPrefix + commandId;
        return RecordAsync(new ProviderNotification(payment.Provider, eventId, kind, payment.ProviderOrderCode, null, amountCents,
            clock.GetUtcNow(), PayloadHash.Of($"{eventId}|{payment.Id}|{amountCents}")), ct);
    }

    /// <summary>Asks the provider for a refund and applies it; safe to repeat with the same reference.</summary>
    internal async Task<PaymentCommandResult> RefundAsync(Guid paymentId, long cents, string reference, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId, ct);
        var (rowId, existing) = await RecordCommandAsync(payment, "refund:" + reference, PaymentEventKind.Refunded, cents, ct);
        if (existing is not null)
        {
            if (existing.PaymentId is { } other && other != payment.Id || existing.AmountCents != cents)
            {
                return new PaymentCommandResult(PaymentCommandStatus.Conflict, PaymentView.From(payment), "payment.refund-reference");
            }

            if (!PaymentEventOutcomes.IsRetryable(existing.Outcome))
            {
                return existing.Outcome == PaymentEventOutcomes.Applied
                    ? new PaymentCommandResult(PaymentCommandStatus.AlreadyDone, PaymentView.From(payment))
                    : new PaymentCommandResult(PaymentCommandStatus.RefundExceedsCaptured, PaymentView.From(payment), "payment.refund-exceeds");
            }
        }

        // Reserve the amount first (one conditional UPDATE), so two refunds at once can never give back more than was
        // taken. It bumps the version too, so an apply that read the payment before it must read it again.
        var reserved = await db.Payments
            .Where(p => p.Id == payment.Id && (p.State == PaymentState.Captured || p.State == PaymentState.PartiallyRefunded)
                && p.CapturedCents - p.RefundedCents - p.RefundingCents >= cents)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.RefundingCents, p => p.RefundingCents + cents).SetProperty(p => p.Version, p => p.Version + 1), ct);
        if (reserved == 0)
        {
            await FinishAsync(rowId, PaymentEventOutcomes.InvalidAmount, payment.Id, ct);
            return new PaymentCommandResult(PaymentCommandStatus.RefundExceedsCaptured, PaymentView.From(payment), "payment.refund-exceeds");
        }

        GatewayRefund refund;
        try
        {
            refund = await gateways.For(payment.Provider).RefundAsync(
                new GatewayRefundRequest(payment.ProviderOrderCode ?? "", payment.ProviderTransactionId ?? "", cents, reference), ct);
        }
        catch (PaymentProviderException e)
        {
            refund = new GatewayRefund(false, null, e.Message);
        }

        if (!refund.Succeeded || refund.RefundTransactionId is null)
        {
            LogRefundRefused(payment.Id, payment.Provider, refund.Detail);
            await db.Payments.Where(p => p.Id == payment.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.RefundingCents, p => p.RefundingCents - cents).SetProperty(p => p.Version, p => p.Version + 1), ct);
            await FinishAsync(rowId, PaymentEventOutcomes.ProviderFailed, payment.Id, ct);
            return new PaymentCommandResult(PaymentCommandStatus.ProviderUnavailable, PaymentView.From(payment), "payment.provider-unavailable");
        }

        var result = await ApplyAsync(payment.Id, new PaymentEvent(PaymentEventKind.Refunded, cents, clock.GetUtcNow(), refund.RefundTransactionId),
            rowId, null, reference, cents, ct);
        return ToCommandResult(result);
    }

    /// <summary>Applies a command or a verified notification in one transaction, retrying when another replica won a race.</summary>
    internal async Task<ApplyResult> ApplyAsync(
        Guid paymentId, PaymentEvent @event, Guid rowId, string? reason, string? reference, long reservedCents, CancellationToken ct)
    {
        // Each try starts from a clean change tracker (a retry must not save a half-applied attempt twice), so
        // unsaved changes of the caller would be lost: refuse them loudly instead.
        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("Save or discard your changes on DixisDbContext before calling payments: payment commands run in a transaction of their own.");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (result, changes) = await strategy.ExecuteAsync(
                    token => ApplyOnceAsync(paymentId, @event, rowId, reason, reference, reservedCents, token), ct);
                db.ChangeTracker.Clear();
                AfterCommit(changes);
                foreach (var duplicate in changes.Where(c => c.Duplicate && c.To == PaymentState.Captured))
                {
                    await RefundDuplicateAsync(duplicate.PaymentId, ct);
                }

                return result;
            }
            catch (DbUpdateException) when (attempt < MaxConcurrencyRetries)
            {
                // Another replica changed this payment or claimed the checkout meanwhile: read again, decide again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Refunds an attempt that captured after its checkout was already paid (again later when the provider refuses).</summary>
    internal async Task RefundDuplicateAsync(Guid paymentId, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId, ct);
        if (!payment.DuplicateCapture || payment.State != PaymentState.Captured)
        {
            return;
        }

        var result = await RefundAsync(payment.Id, payment.CapturedCents - payment.RefundedCents, $"duplicate-{payment.Id:N}", ct);
        if (!result.Succeeded)
        {
            LogDuplicateNotRefunded(payment.Id, payment.CheckoutGroupId, result.Status);
        }
    }

    private async Task<(ApplyResult Result, List<AppliedChange> Changes)> ApplyOnceAsync(
        Guid paymentId, PaymentEvent @event, Guid rowId, string? reason, string? reference, long reservedCents, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var row = await db.PaymentEvents.SingleAsync(e => e.Id == rowId, ct);
        var payment = await db.Payments.SingleAsync(p => p.Id == paymentId, ct);
        if (!PaymentEventOutcomes.IsRetryable(row.Outcome))
        {
            // Processed meanwhile (a redelivery and the reconciliation job at once): the first one decided.
            return (new ApplyResult(PaymentEventOutcome.Duplicate, row.Outcome, PaymentView.From(payment)), []);
        }

        var transition = PaymentStateMachine.Apply(await SnapshotAsync(payment, ct), @event);
        row.PaymentId = payment.Id;
        row.ProcessedAt = now;
        row.Attempts++;
        row.Outcome = LogOutcome(transition.Outcome);
        row.TransactionId ??= @event.TransactionId;
        payment.RefundingCents -= reservedCents;
        if (reservedCents > 0 && !transition.Changed)
        {
            LogRefundNotApplied(payment.Id, transition.Outcome);
        }

        var changes = new List<AppliedChange>();
        if (transition.Changed)
        {
            var change = Update(payment, transition, @event, reason, reference, now);
            if (change.To == PaymentState.Captured)
            {
                var claim = await db.PaymentGroupCaptures.SingleOrDefaultAsync(c => c.CheckoutGroupId == payment.CheckoutGroupId, ct);
                if (claim is null)
                {
                    db.PaymentGroupCaptures.Add(new PaymentGroupCapture { CheckoutGroupId = payment.CheckoutGroupId, PaymentId = payment.Id, CapturedAt = now });
                }
                else if (claim.PaymentId != payment.Id)
                {
                    payment.DuplicateCapture = true;
                }
            }

            changes.Add(change with { Duplicate = payment.DuplicateCapture });
            if (change.To == PaymentState.Captured && !payment.DuplicateCapture)
            {
                changes.AddRange(await SupersedeOpenAttemptsAsync(payment, now, ct));
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var change in changes.Where(c => !c.Duplicate))
        {
            await NotifyAsync(change, ct);
        }

        await transaction.CommitAsync(ct);
        return (new ApplyResult(transition.Outcome, row.Outcome, PaymentView.From(payment)), changes);
    }

    /// <summary>Cancels the checkout's other open attempts once one attempt has paid.</summary>
    private async Task<List<AppliedChange>> SupersedeOpenAttemptsAsync(Payment paid, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.Payments
            .Where(p => p.CheckoutGroupId == paid.CheckoutGroupId && p.Id != paid.Id && (p.State == PaymentState.Pending || p.State == PaymentState.Authorised))
            .ToListAsync(ct);
        var changes = new List<AppliedChange>();
        foreach (var other in open)
        {
            var cancel = new PaymentEvent(PaymentEventKind.Cancelled, 0, Later(now, other.LastEventAt));
            var transition = PaymentStateMachine.Apply(await SnapshotAsync(other, ct), cancel);
            if (!transition.Changed)
            {
                continue;
            }

            var eventId = CommandPrefix + "supersede:" + other.Id.ToString("N");
            db.PaymentEvents.Add(new PaymentEventLogEntry
            {
                Provider = other.Provider,
                EventId = eventId,
                PaymentId = other.Id,
                Kind = PaymentEventKinds.Name(PaymentEventKind.Cancelled),
                OrderCode = other.ProviderOrderCode,
                OccurredAt = cancel.OccurredAt,
                ReceivedAt = now,
                ProcessedAt = now,
                Attempts = 1,
                PayloadHash = PayloadHash.Of(eventId),
                Outcome = PaymentEventOutcomes.Applied,
            });
            changes.Add(Update(other, transition, cancel, PaymentReasons.Superseded, null, now));
        }

        return changes;
    }

    private async Task<PaymentSnapshot> SnapshotAsync(Payment payment, CancellationToken ct)
    {
        var refunds = await db.PaymentEvents.AsNoTracking()
            .Where(e => e.PaymentId == payment.Id && e.Kind == PaymentEventKinds.Refunded && e.Outcome == PaymentEventOutcomes.Applied && e.TransactionId != null)
            .Select(e => e.TransactionId!)
            .ToListAsync(ct);
        return new PaymentSnapshot(payment.State, payment.AmountCents, payment.CapturedCents, payment.RefundedCents, payment.LastEventAt,
            payment.ProviderTransactionId, refunds.ToHashSet(StringComparer.Ordinal));
    }

    private static AppliedChange Update(Payment payment, PaymentTransition transition, PaymentEvent @event, string? reason, string? reference, DateTimeOffset now)
    {
        var after = transition.After;
        var before = payment.State;
        payment.State = after.State;
        payment.CapturedCents = after.CapturedCents;
        payment.RefundedCents = after.RefundedCents;
        payment.LastEventAt = after.LastEventAt;
        payment.ProviderTransactionId = after.CapturedTransactionId ?? payment.ProviderTransactionId;
        if (after.State is PaymentState.Captured or PaymentState.Failed or PaymentState.Cancelled)
        {
            payment.DecidedAt = now;
            payment.Reason = after.State == PaymentState.Captured ? null : reason;
        }

        payment.UpdatedAt = now;
        payment.Version++;
        var changeCents = @event.Kind switch
        {
            PaymentEventKind.Refunded => @event.AmountCents,
            PaymentEventKind.Captured => after.CapturedCents,
            _ => 0,
        };
        return new AppliedChange(new PaymentOutcome(payment.Id, payment.CheckoutGroupId, payment.Attempt, payment.Provider, before, after.State,
            payment.AmountCents, payment.CapturedCents, payment.RefundedCents, changeCents, payment.Reason, reference, @event.OccurredAt), Duplicate: false);
    }

    private Task NotifyAsync(AppliedChange change, CancellationToken ct) => change.To switch
    {
        PaymentState.Captured => handler.OnCapturedAsync(change.Outcome, ct),
        PaymentState.Failed => handler.OnFailedAsync(change.Outcome, ct),
        PaymentState.Cancelled => handler.OnCancelledAsync(change.Outcome, ct),
        PaymentState.Refunded or PaymentState.PartiallyRefunded => handler.OnRefundedAsync(change.Outcome, ct),
        _ => Task.CompletedTask,
    };

    private void AfterCommit(List<AppliedChange> changes)
    {
        foreach (var change in changes)
        {
            var o = change.Outcome;
            LogChanged(o.PaymentId, o.CheckoutGroupId, o.Attempt, o.Provider, o.PreviousState, o.State, o.Reason);
            switch (o.State)
            {
                case PaymentState.Captured:
                    metrics.Decided(o.Provider, change.Duplicate ? PaymentMetrics.Duplicate : PaymentMetrics.Succeeded);
                    if (change.Duplicate)
                    {
                        LogDuplicateCapture(o.PaymentId, o.CheckoutGroupId);
                    }

                    break;
                case PaymentState.Failed:
                    metrics.Decided(o.Provider, o.Reason == PaymentReasons.Declined ? PaymentMetrics.Declined : PaymentMetrics.Failed);
                    break;
                case PaymentState.Cancelled:
                    metrics.Decided(o.Provider, PaymentMetrics.Cancelled);
                    break;
                case PaymentState.Refunded or PaymentState.PartiallyRefunded:
                    metrics.Refunded(o.Provider, full: o.State == PaymentState.Refunded);
                    break;
            }
        }
    }

    private async Task<NotificationReceipt> FinishAsync(Guid rowId, string outcome, Guid? paymentId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.PaymentEvents.Where(e => e.Id == rowId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Outcome, outcome)
            .SetProperty(e => e.PaymentId, paymentId)
            .SetProperty(e => e.ProcessedAt, now)
            .SetProperty(e => e.Attempts, e => e.Attempts + 1), ct);
        return new NotificationReceipt(outcome, paymentId);
    }

    private async Task<(Guid RowId, PaymentEventLogEntry? Existing)> RecordAsync(ProviderNotification n, CancellationToken ct)
    {
        var row = new PaymentEventLogEntry
        {
            Provider = n.Provider,
            EventId = n.EventId,
            Kind = PaymentEventKinds.Name(n.Kind),
            OrderCode = n.OrderCode,
            TransactionId = n.TransactionId,
            AmountCents = n.AmountCents,
            OccurredAt = n.OccurredAt,
            ReceivedAt = clock.GetUtcNow(),
            PayloadHash = n.PayloadHash,
        };
        db.PaymentEvents.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return (row.Id, null);
        }
        catch (DbUpdateException)
        {
            // The unique index on (provider, event id) refused it: this event was recorded before.
            db.Entry(row).State = EntityState.Detached;
            var existing = await db.PaymentEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Provider == n.Provider && e.EventId == n.EventId, ct);
            if (existing is null)
            {
                throw;
            }

            return (existing.Id, existing);
        }
    }

    /// <summary>What in the event contradicts our own record of the payment, or null.</summary>
    private static string? AgainstOurRecord(PaymentEventKind kind, PaymentEventLogEntry row, Payment payment) => kind switch
    {
        PaymentEventKind.Captured or PaymentEventKind.Authorised when row.AmountCents is { } cents && cents != payment.AmountCents =>
            $"amount {cents} cents, the payment is for {payment.AmountCents}",
        PaymentEventKind.Captured or PaymentEventKind.Declined or PaymentEventKind.Refunded when string.IsNullOrEmpty(row.TransactionId) =>
            "no transaction id",
        PaymentEventKind.Refunded when row.TransactionId == payment.ProviderTransactionId =>
            "the refund names the payment's own transaction",
        _ => null,
    };

    /// <summary>What in the event contradicts the provider's own record of the transaction, or null.</summary>
    private static string? AgainstProviderRecord(PaymentEventKind kind, GatewayTransaction? transaction, PaymentEventLogEntry row, Payment payment)
    {
        if (transaction is null)
        {
            return "the provider does not know the transaction";
        }

        if (transaction.OrderCode != payment.ProviderOrderCode)
        {
            return "the provider has the transaction under another order";
        }

        return kind switch
        {
            PaymentEventKind.Captured when transaction.Status is not (GatewayTransactionStatus.Completed or GatewayTransactionStatus.Refunded) =>
                $"the provider says the transaction is {transaction.Status}",
            PaymentEventKind.Captured when transaction.AmountCents != payment.AmountCents =>
                $"the provider took {transaction.AmountCents} cents, the payment is for {payment.AmountCents}",
            PaymentEventKind.Declined when transaction.Status != GatewayTransactionStatus.Declined =>
                $"the provider says the transaction is {transaction.Status}",
            PaymentEventKind.Refunded when transaction.Status != GatewayTransactionStatus.Completed =>
                $"the provider says the refund is {transaction.Status}",
            PaymentEventKind.Refunded when row.AmountCents is { } cents && cents != transaction.AmountCents =>
                $"the event refunds {cents} cents, the provider {transaction.AmountCents}",
            _ => null,
        };
    }

    private static string LogOutcome(PaymentEventOutcome outcome) => outcome switch
    {
        PaymentEventOutcome.Applied => PaymentEventOutcomes.Applied,
        PaymentEventOutcome.Duplicate => PaymentEventOutcomes.AlreadyApplied,
        PaymentEventOutcome.Stale => PaymentEventOutcomes.Stale,
        PaymentEventOutcome.NotAllowed => PaymentEventOutcomes.NotAllowed,
        PaymentEventOutcome.AmountMismatch => PaymentEventOutcomes.Tampered,
        _ => PaymentEventOutcomes.InvalidAmount,
    };

    internal static PaymentCommandResult ToCommandResult(ApplyResult result) => result.Outcome switch
    {
        PaymentEventOutcome.Applied => new PaymentCommandResult(PaymentCommandStatus.Done, result.Payment),
        PaymentEventOutcome.Duplicate => new PaymentCommandResult(PaymentCommandStatus.AlreadyDone, result.Payment),
        PaymentEventOutcome.RefundExceedsCaptured => new PaymentCommandResult(PaymentCommandStatus.RefundExceedsCaptured, result.Payment, "payment.refund-exceeds"),
        _ => new PaymentCommandResult(PaymentCommandStatus.Conflict, result.Payment, "payment.state"),
    };

    /// <summary>The later of two times (a command must not look older than the provider's last report).</summary>
    internal static DateTimeOffset Later(DateTimeOffset now, DateTimeOffset? last) => last is { } l && l > now ? l : now;

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {PaymentId} (checkout {CheckoutGroupId}, attempt {Attempt}, {Provider}): {From} -> {To} {Reason}")]
    private partial void LogChanged(Guid paymentId, Guid checkoutGroupId, int attempt, string provider, PaymentState from, PaymentState to, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} captured although checkout {CheckoutGroupId} was already paid: refunding it")]
    private partial void LogDuplicateCapture(Guid paymentId, Guid checkoutGroupId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Duplicate capture {PaymentId} of checkout {CheckoutGroupId} not refunded ({Status}); the reconciliation job tries again")]
    private partial void LogDuplicateNotRefunded(Guid paymentId, Guid checkoutGroupId, PaymentCommandStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment event {EventId} of {Provider} not verified yet: {Detail}")]
    private partial void LogVerificationFailed(string provider, string eventId, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refund of payment {PaymentId} through {Provider} refused or failed: {Detail}")]
    private partial void LogRefundRefused(Guid paymentId, string provider, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refund of payment {PaymentId} went through at the provider but the state machine said {Outcome}")]
    private partial void LogRefundNotApplied(Guid paymentId, PaymentEventOutcome outcome);
}

/// <summary>The result of applying one event: what the state machine said, what the log row says, the payment now.</summary>
internal sealed record ApplyResult(PaymentEventOutcome Outcome, string LogOutcome, PaymentView Payment);

/// <summary>One changed attempt, for the handler, the metrics and the log.</summary>
internal sealed record AppliedChange(PaymentOutcome Outcome, bool Duplicate)
{
    public Guid PaymentId => Outcome.PaymentId;

    public PaymentState To => Outcome.State;
}
