using Dixis.Api.Features.Cart;
using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Shipping;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Orders;
using Dixis.Infrastructure.Payments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dixis.Web.Orders;

/// <summary>Embedded mode: the order endpoints' own handlers on the shopper's request, so the rules are the API's.</summary>
public sealed class InProcessCheckoutClient(IHttpContextAccessor accessor, IServiceProvider services, DixisDbContext db) : ICheckoutClient
{
    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("Checkout runs within a request.");

    public async Task<ApiResult<QuoteResponse>> QuoteAsync(ShippingQuoteRequest request, CancellationToken ct = default) =>
        InProcessResults.From<QuoteResponse>(await ShippingEndpoints.Quote(
            request, Http, Get<CartAccess>(), db, Get<TimeProvider>(), Get<IOptions<CheckoutOptions>>(), Get<PaymentService>(), ct));

    public async Task<ApiResult<CheckoutResponse>> PlaceAsync(CheckoutRequest request, CancellationToken ct = default) =>
        InProcessResults.From<CheckoutResponse>(await CheckoutEndpoints.Checkout(
            request, Http, Get<CartAccess>(), Get<CheckoutHandler>(), Get<OrderLifecycle>(), Get<PaymentService>(), Get<UserManager<DixisUser>>(), db, ct));

    public async Task<ApiResult<CheckoutResponse>> PayAsync(Guid checkoutId, CancellationToken ct = default) =>
        InProcessResults.From<CheckoutResponse>(await CheckoutEndpoints.Pay(checkoutId, Http, Get<PaymentService>(), db, ct));

    public async Task<CheckoutResponse?> CheckoutAsync(Guid checkoutId, CancellationToken ct = default) =>
        (await OrderEndpoints.GetCheckout(checkoutId, Http, db, ct)).Result is Ok<CheckoutResponse> ok ? ok.Value : null;

    public async Task<IReadOnlyList<OrderResponse>> MyOrdersAsync(CancellationToken ct = default)
    {
        // The endpoint is behind RequireAuthorization; called directly, the check is ours (a guest has no orders to list).
        if (Http.User.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        return (await OrderEndpoints.ListMine(Http, db, ct)).Value ?? [];
    }

    public async Task<OrderResponse?> TrackAsync(string token, CancellationToken ct = default) =>
        (await OrderEndpoints.Track(token, db, ct)).Result is Ok<OrderResponse> ok ? ok.Value : null;

    // Resolved per call: each page uses one or two of these, and the checkout's services are not cheap to build.
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();
}
