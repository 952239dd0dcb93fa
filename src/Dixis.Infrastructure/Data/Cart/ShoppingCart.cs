namespace Dixis.Infrastructure.Data.Cart;

/// <summary>A server-side cart: a signed-in user's, or a guest's identified by a secret token (only its hash is stored).</summary>
public sealed class ShoppingCart
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Owner when signed in; null for a guest cart.</summary>
    public Guid? UserId { get; set; }

    /// <summary>SHA-256 (hex) of the guest token; null for a user's cart.</summary>
    public string? GuestTokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<CartItem> Items { get; } = [];
}
