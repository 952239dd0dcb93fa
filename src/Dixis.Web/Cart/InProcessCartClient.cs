using Dixis.Api.Features.Cart;
using Dixis.Infrastructure.Data;
using Dixis.Web.Orders;

namespace Dixis.Web.Cart;

/// <summary>Embedded mode: the cart endpoints' own handlers on the shopper's request (its cookies and its login).</summary>
public sealed class InProcessCartClient(IHttpContextAccessor accessor, CartAccess carts, DixisDbContext db, TimeProvider clock) : ICartClient
{
    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("The cart is read within a request.");

    public async Task<CartResponse> GetAsync(CancellationToken ct = default) => (await CartEndpoints.Get(Http, carts, db, ct)).Value!;

    public async Task<ApiResult<CartResponse>> AddAsync(Guid productId, int quantity, CancellationToken ct = default) =>
        InProcessResults.From<CartResponse>(await CartEndpoints.AddItem(new AddCartItemRequest(productId, quantity), Http, carts, db, ct));

    public async Task<ApiResult<CartResponse>> UpdateAsync(Guid productId, int quantity, CancellationToken ct = default) =>
        InProcessResults.From<CartResponse>(await CartEndpoints.UpdateItem(productId, new UpdateCartItemRequest(quantity), Http, carts, db, clock, ct));

    public async Task<ApiResult<CartResponse>> RemoveAsync(Guid productId, CancellationToken ct = default) =>
        InProcessResults.From<CartResponse>(await CartEndpoints.RemoveItem(productId, Http, carts, db, ct));
}
