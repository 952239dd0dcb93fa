using Dixis.Domain.Payments;

namespace Dixis.Infrastructure.Data.Payments;

/// <summary>
/// One payment attempt for a checkout group (all producer orders of one checkout). A retry after a decline or a
/// cancellation is a new attempt of the same group; at most one attempt of a group is ever the paying one
/// (see <see cref="PaymentGroupCapture"/>).
/// </summary>
public sealed class Payment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The checkout this payment pays for; created by the checkout, not by payments.</summary>
    public Guid CheckoutGroupId { get; set; }

    /// <summary>1 for the first attempt of the group, then 2, 3, …</summary>
    public int Attempt { get; set; }

    /// <summary><c>sandbox</c>, <c>viva</c> or <c>cod</c> (<see cref="Infrastructure.Payments.PaymentProviders"/>).</summary>
    public required string Provider { get; set; }

    /// <summary>The amount asked for, in euro cents.</summary>
    public long AmountCents { get; set; }

    public long CapturedCents { get; set; }

    public long RefundedCents { get; set; }

    /// <summary>Refunds asked of the provider and not yet confirmed; reserved so two refunds cannot together exceed the capture.</summary>
    public long RefundingCents { get; set; }

    public PaymentState State { get; set; }

    /// <summary>Why the attempt failed or was cancelled: <c>declined</c>, <c>error</c>, <c>provider-unavailable</c>, <c>customer</c>, <c>superseded</c>, <c>expired</c>, <c>checkout</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>What the customer sees on the payment page (no personal data).</summary>
    public required string Description { get; set; }

    /// <summary>Where the person goes back to after paying, declining or cancelling.</summary>
    public required string ReturnUrl { get; set; }

    /// <summary>Where to send the person to pay; null for cash on delivery.</summary>
    public string? RedirectUrl { get; set; }

    /// <summary>The provider's order (Viva <c>orderCode</c>, sandbox order code, or our own for cash on delivery).</summary>
    public string? ProviderOrderCode { get; set; }

    /// <summary>The provider's transaction that took the money.</summary>
    public string? ProviderTransactionId { get; set; }

    /// <summary>Captured although another attempt of the group had already paid: refunded automatically, never notified.</summary>
    public bool DuplicateCapture { get; set; }

    /// <summary>Provider time of the newest event applied.</summary>
    public DateTimeOffset? LastEventAt { get; set; }

    /// <summary>When the attempt was captured, failed or cancelled (for the success ratio of the health report).</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two replicas applying events to the same attempt cannot both win.</summary>
    public int Version { get; set; }
}
