namespace Dixis.Infrastructure.Data.Payments;

/// <summary>
/// One provider notification (webhook) or payment command, recorded before it is applied. The unique index on
/// (provider, event id) makes a replay visible in the database, whichever replica receives it. Only the
/// normalised fields are kept, never the raw payload (it can hold the payer's name, e-mail and phone).
/// </summary>
public sealed class PaymentEventLogEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Provider { get; set; }

    /// <summary>The provider's id of the notification (Viva <c>MessageId</c>), or ours for commands (<c>refund:…</c>).</summary>
    public required string EventId { get; set; }

    /// <summary>The payment it concerns, once found.</summary>
    public Guid? PaymentId { get; set; }

    /// <summary>The event kind in lower case (<c>captured</c>, <c>declined</c>, …) or <c>other</c>.</summary>
    public required string Kind { get; set; }

    public string? OrderCode { get; set; }

    public string? TransactionId { get; set; }

    public long? AmountCents { get; set; }

    /// <summary>When it happened at the provider.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>SHA-256 of the raw body (hex), to tell a replay from a different event under the same id.</summary>
    public required string PayloadHash { get; set; }

    /// <summary>See <see cref="PaymentEventOutcomes"/>; <c>pending</c> until processed.</summary>
    public string Outcome { get; set; } = PaymentEventOutcomes.Pending;

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Processing attempts (a provider that could not be reached leaves the row pending for the next one).</summary>
    public int Attempts { get; set; }
}
