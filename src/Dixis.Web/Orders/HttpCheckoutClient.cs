using Dixis.Api.Features.Orders;

namespace Dixis.Web.Orders;

/// <summary>Production mode: the order API over HTTP on behalf of the shopper (session and cart cookies passed on).</summary>
public sealed class HttpCheckoutClient(ApiHttp api) : ICheckoutClient
{
    public Task<ApiResult<QuoteResponse>> QuoteAsync(ShippingQuoteRequest request, CancellationToken ct = default) =>
        api.SendAsync<QuoteResponse>(HttpMethod.Post, "api/v1/shipping/quote", request, ct);

    public Task<ApiResult<CheckoutResponse>> PlaceAsync(CheckoutRequest request, CancellationToken ct = default) =>
        api.SendAsync<CheckoutResponse>(HttpMethod.Post, "api/v1/checkout", request, ct);

    public Task<ApiResult<CheckoutResponse>> PayAsync(Guid checkoutId, CancellationToken ct = default) =>
        api.SendAsync<CheckoutResponse>(HttpMethod.Post, $"api/v1/checkout/{checkoutId}/pay", ct: ct);

    public async Task<CheckoutResponse?> CheckoutAsync(Guid checkoutId, CancellationToken ct = default) =>
        (await api.SendAsync<CheckoutResponse>(HttpMethod.Get, $"api/v1/checkout/{checkoutId}", ct: ct)).Value;

    public async Task<IReadOnlyList<OrderResponse>> MyOrdersAsync(CancellationToken ct = default)
    {
        var result = await api.SendAsync<List<OrderResponse>>(HttpMethod.Get, "api/v1/orders", ct: ct);
        return result.Value ?? [];
    }

    public async Task<OrderResponse?> TrackAsync(string token, CancellationToken ct = default) =>
        (await api.SendAsync<OrderResponse>(HttpMethod.Get, "api/v1/orders/track/" + Uri.EscapeDataString(token), ct: ct)).Value;
}
