using Dixis.Api.Features.Cart;
using Dixis.Web.Orders;

namespace Dixis.Web.Cart;

/// <summary>
/// The shopper's server-side cart (<c>/api/v1/cart</c>): in-process when embedded, over HTTP in production. A guest's
/// first add creates the cart and its <c>dixis_cart</c> cookie; once the shopper is signed in, the next call merges it.
/// </summary>
public interface ICartClient
{
    /// <summary>The cart grouped by producer (empty when there is none).</summary>
    Task<CartResponse> GetAsync(CancellationToken ct = default);

    Task<ApiResult<CartResponse>> AddAsync(Guid productId, int quantity, CancellationToken ct = default);

    Task<ApiResult<CartResponse>> UpdateAsync(Guid productId, int quantity, CancellationToken ct = default);

    Task<ApiResult<CartResponse>> RemoveAsync(Guid productId, CancellationToken ct = default);
}
