using Dixis.Infrastructure.Data.Orders;

namespace Dixis.Infrastructure.Orders;

/// <summary>Storefront paths that mails and API answers point to.</summary>
public static class OrderLinks
{
    /// <summary>The path that shows an order to whoever holds the link (its token is the secret).</summary>
    public static string TrackingPath(Order order) => $"/orders/track/{order.TrackingToken}";
}
