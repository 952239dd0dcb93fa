namespace Dixis.Api.Features.Orders;

/// <summary>A product that stops a checkout: out of stock, no longer on sale, or repriced.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Name">Its name.</param>
/// <param name="Requested">Quantity in the cart.</param>
/// <param name="Available">Units left (null when unlimited or not relevant).</param>
/// <param name="PriceSeen">Price the buyer saw (price changes only).</param>
/// <param name="PriceNow">Price now (price changes only).</param>
public sealed record ConflictingProduct(Guid ProductId, string Name, int Requested, int? Available, decimal? PriceSeen, decimal? PriceNow);
