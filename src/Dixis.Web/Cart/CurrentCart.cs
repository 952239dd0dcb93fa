using Dixis.Api.Features.Cart;

namespace Dixis.Web.Cart;

/// <summary>The shopper's cart for this request (the header's count and the cart page), asked of the API at most once.</summary>
public sealed class CurrentCart(ICartClient carts)
{
    private Task<CartResponse>? _cart;

    public Task<CartResponse> GetAsync(CancellationToken ct = default) => _cart ??= carts.GetAsync(ct);
}
