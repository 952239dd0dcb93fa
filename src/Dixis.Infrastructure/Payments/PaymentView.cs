using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data.Payments;

namespace Dixis.Infrastructure.Payments;

/// <summary>A payment attempt as other features see it.</summary>
public sealed record PaymentView(
    Guid Id,
    Guid CheckoutGroupId,
    int Attempt,
    string Provider,
    PaymentState State,
    long AmountCents,
    long CapturedCents,
    long RefundedCents,
    string? Reason,
    string? RedirectUrl,
    bool DuplicateCapture,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static PaymentView From(Payment p) => new(p.Id, p.CheckoutGroupId, p.Attempt, p.Provider, p.State, p.AmountCents, p.CapturedCents,
        p.RefundedCents, p.Reason, p.RedirectUrl, p.DuplicateCapture, p.CreatedAt, p.UpdatedAt);
}

/// <summary>Every attempt of one checkout, oldest first, and the one that paid (if any).</summary>
public sealed record PaymentGroupView(Guid CheckoutGroupId, IReadOnlyList<PaymentView> Attempts, Guid? PaidBy)
{
    /// <summary>True once an attempt captured the money (whatever was refunded since).</summary>
    public bool IsPaid => PaidBy is not null;
}
