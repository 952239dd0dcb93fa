namespace Dixis.Api.Features.Sales;

/// <summary>Sales of one Europe/Athens day: orders counted and their totals (VAT included).</summary>
/// <param name="Date">The tax date of the orders (the Athens date of the checkout).</param>
/// <param name="Orders">Orders that are paid or accepted (Confirmed, Processing, Shipped, Delivered).</param>
/// <param name="Goods">Goods, VAT included, without shipping and fees.</param>
/// <param name="Total">What the buyers pay: goods, shipping and fees, VAT included.</param>
public sealed record SalesDay(DateOnly Date, int Orders, decimal Goods, decimal Total);

/// <summary>Sales to one region of Greece, by the delivery postal code.</summary>
public sealed record SalesRegion(string Region, int Orders, decimal Goods, decimal Total);

/// <summary>A producer's sales by day, every day of the period present (zero when nothing sold).</summary>
public sealed record ProducerSalesReport(DateOnly From, DateOnly To, int Orders, decimal Goods, decimal Total, IReadOnlyList<SalesDay> Days);

/// <summary>Sales across producers by day and by delivery region.</summary>
public sealed record AdminSalesReport(DateOnly From, DateOnly To, int Orders, decimal Goods, decimal Total, IReadOnlyList<SalesDay> Days, IReadOnlyList<SalesRegion> Regions);

/// <summary>A checked period: both ends included, at most 366 days.</summary>
public sealed record SalesPeriod(DateOnly From, DateOnly To);
