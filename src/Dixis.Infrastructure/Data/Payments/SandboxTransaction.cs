namespace Dixis.Infrastructure.Data.Payments;

/// <summary>
/// The sandbox provider's own ledger: what its "bank" did. The sandbox verifies webhook events against it, as
/// Dixis verifies Viva events against Viva's transaction API, so a signed but wrong event is still caught.
/// </summary>
public sealed class SandboxTransaction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string OrderCode { get; set; }

    /// <summary><c>completed</c>, <c>declined</c> or <c>refund</c>.</summary>
    public required string Status { get; set; }

    public long AmountCents { get; set; }

    /// <summary>For a refund: the payment transaction it gives money back from.</summary>
    public Guid? ParentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
