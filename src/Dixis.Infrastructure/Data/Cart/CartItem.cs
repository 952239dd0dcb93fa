namespace Dixis.Infrastructure.Data.Cart;

/// <summary>A product in a cart, with the price the buyer saw when adding it (a later price change is detected at checkout).</summary>
public sealed class CartItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CartId { get; set; }

    public Guid ProductId { get; set; }

    public int Quantity { get; set; }

    /// <summary>Gross unit price shown when the item was added or last confirmed.</summary>
    public decimal PriceSeen { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
