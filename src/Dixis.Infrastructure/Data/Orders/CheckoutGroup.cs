namespace Dixis.Infrastructure.Data.Orders;

/// <summary>One checkout: the producer orders a cart was split into, paid with one payment.</summary>
public sealed class CheckoutGroup
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Buyer when signed in; null for a guest.</summary>
    public Guid? BuyerUserId { get; set; }

    /// <summary>Where order mails go (personal data: never logged).</summary>
    public required string BuyerEmail { get; set; }

    /// <summary>Payment provider key: sandbox, viva or cod.</summary>
    public required string PaymentMethod { get; set; }

    /// <summary>Sum of the orders' totals, in euro.</summary>
    public decimal Total { get; set; }

    public CheckoutStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Unpaid card checkouts release their stock after this time.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public List<Order> Orders { get; } = [];
}

/// <summary>Payment state of a checkout as the orders see it.</summary>
public enum CheckoutStatus
{
    /// <summary>Waiting for the buyer to pay.</summary>
    AwaitingPayment,

    /// <summary>Paid, or accepted for cash on delivery.</summary>
    Confirmed,

    /// <summary>Not paid in time or cancelled; stock went back.</summary>
    Cancelled,
}
