namespace Dixis.Domain.Orders;

/// <summary>Where an order stands.</summary>
public enum OrderStatus
{
    /// <summary>Placed, waiting for the payment (card payments); stock is reserved.</summary>
    Pending,

    /// <summary>Paid (card) or accepted for cash on delivery; the producer can start.</summary>
    Confirmed,

    /// <summary>The producer is preparing it.</summary>
    Processing,

    /// <summary>Handed to a carrier, with a tracking code.</summary>
    Shipped,

    /// <summary>Received by the buyer (or collected at pickup).</summary>
    Delivered,

    /// <summary>Cancelled; reserved stock went back on sale.</summary>
    Cancelled,
}
