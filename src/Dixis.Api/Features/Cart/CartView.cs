using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Cart;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Cart;

/// <summary>Builds the cart response from the cart's items and the products as they are now.</summary>
public static class CartView
{
    /// <summary>The products of a cart with their producers (tracked, so checkout can read stock and prices).</summary>
    public static Task<Dictionary<Guid, Product>> ProductsAsync(DixisDbContext db, ShoppingCart cart, CancellationToken ct)
    {
        var ids = cart.Items.Select(i => i.ProductId).ToList();
        return db.Products.AsNoTracking().Include(p => p.Producer).Include(p => p.Category)
            .Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
    }

    /// <summary>True when the product can be bought: approved, from an active producer.</summary>
    public static bool OnSale(Product? p) =>
        p is { Approval: ApprovalStatus.Approved, Producer.Status: ProducerStatus.Active };

    /// <summary>The response for <paramref name="cart"/> (null = an empty cart).</summary>
    public static async Task<CartResponse> BuildAsync(DixisDbContext db, ShoppingCart? cart, string? guestToken, CancellationToken ct)
    {
        if (cart is null || cart.Items.Count == 0)
        {
            return new CartResponse([], 0, 0m, false, guestToken);
        }

        var products = await ProductsAsync(db, cart, ct);
        var groups = cart.Items
            .Where(i => products.ContainsKey(i.ProductId))
            .OrderBy(i => i.AddedAt)
            .GroupBy(i => products[i.ProductId].ProducerId)
            .Select(g =>
            {
                var producer = products[g.First().ProductId].Producer!;
                var items = g.Select(i => Item(i, products[i.ProductId])).ToList();
                return new CartProducerGroup(producer.Id, producer.BusinessName, producer.Slug, items.Sum(i => i.LineTotal), producer.FreeShippingThreshold, items);
            })
            .ToList();
        var all = groups.SelectMany(g => g.Items).ToList();
        return new CartResponse(groups, all.Sum(i => i.Quantity), all.Sum(i => i.LineTotal), all.Any(i => i.PriceChanged), guestToken);
    }

    private static CartItemResponse Item(CartItem item, Product p) => new(
        p.Id,
        p.Name,
        p.Slug,
        item.Quantity,
        p.Price,
        item.PriceSeen,
        p.Price != item.PriceSeen,
        p.Price * item.Quantity,
        OnSale(p) && (p.Stock is null || p.Stock >= item.Quantity),
        p.Stock);
}
