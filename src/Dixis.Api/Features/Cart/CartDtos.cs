namespace Dixis.Api.Features.Cart;

/// <summary>Add a product to the cart (the quantity adds to what is already there).</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">Items to add, 1–999.</param>
public sealed record AddCartItemRequest(Guid ProductId, int Quantity = 1);

/// <summary>Set the quantity of a product already in the cart.</summary>
/// <param name="Quantity">New quantity, 1–999 (remove the item with DELETE).</param>
public sealed record UpdateCartItemRequest(int Quantity);

/// <summary>The cart, grouped by producer: each producer ships and invoices its own part.</summary>
/// <param name="Producers">One group per producer.</param>
/// <param name="ItemCount">Items in the cart (sum of quantities).</param>
/// <param name="GoodsTotal">Gross value of the goods at current prices (shipping is quoted at checkout).</param>
/// <param name="HasPriceChanges">True when a price changed since it was added; checkout refuses until the buyer has seen the new price.</param>
/// <param name="GuestToken">For a guest cart: the token to send back in the <c>X-Cart-Token</c> header (also set as a cookie).</param>
public sealed record CartResponse(IReadOnlyList<CartProducerGroup> Producers, int ItemCount, decimal GoodsTotal, bool HasPriceChanges, string? GuestToken);

/// <summary>One producer's items in the cart.</summary>
/// <param name="ProducerId">Producer id.</param>
/// <param name="ProducerName">Business name.</param>
/// <param name="ProducerSlug">Slug of the producer page.</param>
/// <param name="GoodsTotal">Gross value of this producer's items.</param>
/// <param name="FreeShippingThreshold">Goods value from which this producer ships free (not to remote islands); null when none.</param>
/// <param name="Items">The items.</param>
public sealed record CartProducerGroup(Guid ProducerId, string ProducerName, string ProducerSlug, decimal GoodsTotal, decimal? FreeShippingThreshold, IReadOnlyList<CartItemResponse> Items);

/// <summary>A product in the cart.</summary>
/// <param name="ProductId">Product id.</param>
/// <param name="Name">Product name.</param>
/// <param name="Slug">Product slug.</param>
/// <param name="Quantity">Items.</param>
/// <param name="UnitPrice">Current gross price of one item.</param>
/// <param name="PriceSeen">Price when the buyer added it (or last saw the cart).</param>
/// <param name="PriceChanged">True when <paramref name="UnitPrice"/> differs from <paramref name="PriceSeen"/>.</param>
/// <param name="LineTotal">Quantity × current price.</param>
/// <param name="Available">False when the product is no longer on sale or lacks the stock for this quantity.</param>
/// <param name="Stock">Units in stock; null when unlimited.</param>
public sealed record CartItemResponse(Guid ProductId, string Name, string Slug, int Quantity, decimal UnitPrice, decimal PriceSeen, bool PriceChanged, decimal LineTotal, bool Available, int? Stock);
