using Dixis.Domain.Orders;

namespace Dixis.Infrastructure.Data.Orders;

/// <summary>One step of an order's history.</summary>
public sealed class OrderStatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrderId { get; set; }

    /// <summary>Null for the first entry (the order was placed).</summary>
    public OrderStatus? From { get; set; }

    public OrderStatus To { get; set; }

    public OrderActor Actor { get; set; }

    public Guid? ByUserId { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset At { get; set; }
}
