namespace Dixis.Infrastructure.Data.Payments;

/// <summary>The outcomes written to <see cref="PaymentEventLogEntry.Outcome"/>.</summary>
public static class PaymentEventOutcomes
{
    /// <summary>Recorded, not processed yet (or the provider could not be reached to verify it).</summary>
    public const string Pending = "pending";

    /// <summary>The payment changed.</summary>
    public const string Applied = "applied";

    /// <summary>The payment already showed this (e.g. the capture came first through the return page).</summary>
    public const string AlreadyApplied = "already-applied";

    /// <summary>An older status report than the newest applied: nothing changed.</summary>
    public const string Stale = "stale";

    /// <summary>Not a move the state machine allows from the payment's state.</summary>
    public const string NotAllowed = "not-allowed";

    /// <summary>An event type Dixis does not act on.</summary>
    public const string Ignored = "ignored";

    /// <summary>The event does not match the provider's own record (amount, order, status).</summary>
    public const string Tampered = "rejected: tampered";

    /// <summary>No payment of ours has this order code.</summary>
    public const string UnknownOrder = "rejected: unknown-order";

    /// <summary>The amount breaks a rule (a refund beyond the capture, an amount of zero).</summary>
    public const string InvalidAmount = "rejected: amount";

    /// <summary>A refund the provider refused or could not be asked for; a retry with the same reference tries again.</summary>
    public const string ProviderFailed = "failed: provider";

    /// <summary>Returned for a notification whose (provider, event id) was processed before; never stored.</summary>
    public const string Replay = "replay";

    /// <summary>True for rows a later delivery or the reconciliation job may process again.</summary>
    public static bool IsRetryable(string outcome) => outcome is Pending or ProviderFailed;
}
