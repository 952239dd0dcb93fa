namespace Dixis.Domain.Orders;

/// <summary>Who moves an order from one status to the next.</summary>
public enum OrderActor
{
    /// <summary>Dixis itself (payment outcomes, expiry).</summary>
    System,

    /// <summary>The producer who sells the order.</summary>
    Producer,

    /// <summary>An administrator.</summary>
    Admin,
}

/// <summary>The order lifecycle: which status may follow which, and who may make the move.</summary>
public static class OrderTransitions
{
    private static readonly Dictionary<(OrderStatus From, OrderStatus To), OrderActor[]> Allowed = new()
    {
        [(OrderStatus.Pending, OrderStatus.Confirmed)] = [OrderActor.System],
        [(OrderStatus.Pending, OrderStatus.Cancelled)] = [OrderActor.System, OrderActor.Admin],
        [(OrderStatus.Confirmed, OrderStatus.Processing)] = [OrderActor.Producer, OrderActor.Admin],
        [(OrderStatus.Confirmed, OrderStatus.Cancelled)] = [OrderActor.Producer, OrderActor.Admin],
        [(OrderStatus.Processing, OrderStatus.Shipped)] = [OrderActor.Producer, OrderActor.Admin],
        [(OrderStatus.Processing, OrderStatus.Delivered)] = [OrderActor.Producer, OrderActor.Admin], // pickup: collected
        [(OrderStatus.Processing, OrderStatus.Cancelled)] = [OrderActor.Producer, OrderActor.Admin],
        [(OrderStatus.Shipped, OrderStatus.Delivered)] = [OrderActor.Producer, OrderActor.Admin],
    };

    /// <summary>True when <paramref name="actor"/> may move an order from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(OrderStatus from, OrderStatus to, OrderActor actor) =>
        Allowed.TryGetValue((from, to), out var actors) && actors.Contains(actor);

    /// <summary>The statuses <paramref name="actor"/> may move an order in <paramref name="from"/> to.</summary>
    public static IReadOnlyList<OrderStatus> NextFor(OrderStatus from, OrderActor actor) =>
        Allowed.Where(a => a.Key.From == from && a.Value.Contains(actor)).Select(a => a.Key.To).ToList();
}
