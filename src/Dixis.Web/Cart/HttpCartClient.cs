using Dixis.Api.Features.Cart;
using Dixis.Web.Orders;

namespace Dixis.Web.Cart;

/// <summary>Production mode: the cart API over HTTP, with the shopper's session and cart cookies passed both ways.</summary>
public sealed class HttpCartClient(ApiHttp api) : ICartClient
{
    private static readonly CartResponse Empty = new([], 0, 0m, false, null);

    public async Task<CartResponse> GetAsync(CancellationToken ct = default)
    {
        if (!api.HasShopperCookies)
        {
            return Empty;
        }

        return (await api.SendAsync<CartResponse>(HttpMethod.Get, "api/v1/cart", ct: ct)).Value ?? Empty;
    }

    public Task<ApiResult<CartResponse>> AddAsync(Guid productId, int quantity, CancellationToken ct = default) =>
        api.SendAsync<CartResponse>(HttpMethod.Post, "api/v1/cart/items", new AddCartItemRequest(productId, quantity), ct);

    public Task<ApiResult<CartResponse>> UpdateAsync(Guid productId, int quantity, CancellationToken ct = default) =>
        api.SendAsync<CartResponse>(HttpMethod.Patch, $"api/v1/cart/items/{productId}", new UpdateCartItemRequest(quantity), ct);

    public Task<ApiResult<CartResponse>> RemoveAsync(Guid productId, CancellationToken ct = default) =>
        api.SendAsync<CartResponse>(HttpMethod.Delete, $"api/v1/cart/items/{productId}", ct: ct);
}
