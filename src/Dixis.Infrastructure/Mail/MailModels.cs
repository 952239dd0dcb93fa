namespace Dixis.Infrastructure.Mail;

/// <summary>A line of an order in mail.</summary>
public sealed record MailOrderLine(string Product, int Quantity, decimal Total);

/// <summary>What an order confirmation shows.</summary>
public sealed record OrderConfirmationModel(string OrderNumber, string CustomerName, IReadOnlyList<MailOrderLine> Lines, decimal Total, string TrackingPath);

/// <summary>What an order status mail shows.</summary>
public sealed record OrderStatusModel(string OrderNumber, string CustomerName, string Status, string? Carrier, string? TrackingCode, string TrackingPath);

/// <summary>A product running out, for its producer.</summary>
public sealed record LowStockItem(string Product, int Stock);

/// <summary>The producer's weekly figures.</summary>
public sealed record WeeklyDigestModel(string ProducerName, int ProductsOnSale, int AwaitingApproval, int LowStock, string UnsubscribePath);
