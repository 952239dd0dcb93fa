using Dixis.Api.Features.Orders;

namespace Dixis.Web.Orders;

/// <summary>Quotes, checkout, payment retries, the buyer's orders and tracking links: in-process when embedded, over HTTP in production.</summary>
public interface ICheckoutClient
{
    /// <summary>Shipping, VAT and totals per producer for the current cart and an address (<c>POST /shipping/quote</c>).</summary>
    Task<ApiResult<QuoteResponse>> QuoteAsync(ShippingQuoteRequest request, CancellationToken ct = default);

    /// <summary>Places the cart (<c>POST /checkout</c>): one order per producer; a card payment comes back with its page.</summary>
    Task<ApiResult<CheckoutResponse>> PlaceAsync(CheckoutRequest request, CancellationToken ct = default);

    /// <summary>A new card attempt after a decline or cancel (<c>POST /checkout/{id}/pay</c>).</summary>
    Task<ApiResult<CheckoutResponse>> PayAsync(Guid checkoutId, CancellationToken ct = default);

    /// <summary>A checkout with its orders (the signed-in buyer's, or a guest's by its id); null when there is none.</summary>
    Task<CheckoutResponse?> CheckoutAsync(Guid checkoutId, CancellationToken ct = default);

    /// <summary>The signed-in buyer's orders, newest first (none for a guest).</summary>
    Task<IReadOnlyList<OrderResponse>> MyOrdersAsync(CancellationToken ct = default);

    /// <summary>An order by its tracking token; null when there is none.</summary>
    Task<OrderResponse?> TrackAsync(string token, CancellationToken ct = default);
}
