using Dixis.Domain.Orders;

namespace Dixis.Web.Producer;

/// <summary>Which status moves the order pages offer: the domain's own transition rules, so the page never offers a move the API refuses.</summary>
public static class OrderMoves
{
    public static IReadOnlyList<string> Next(string status, OrderActor actor) =>
        Enum.TryParse<OrderStatus>(status, out var from) ? OrderTransitions.NextFor(from, actor).Select(to => to.ToString()).ToList() : [];
}
