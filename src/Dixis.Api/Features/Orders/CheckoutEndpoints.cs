using Dixis.Api.Features.Accounts;
using Dixis.Api.Features.Cart;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Domain.Orders;
using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Orders;
using Dixis.Infrastructure.Payments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Orders;

/// <summary>Checkout: the cart becomes one order per producer under one checkout group, paid once.</summary>
public static class CheckoutEndpoints
{
    public static RouteGroupBuilder MapCheckoutEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/checkout", Checkout).WithTags("Checkout").WithName("Checkout").RequireAbuseLimit(RateLimitPolicies.Checkout)
            .WithSummary("Place the cart: one order per producer, stock reserved, VAT per line; 409 names products out of stock or repriced");
        api.MapPost("/checkout/{id:guid}/pay", Pay).WithTags("Checkout").WithName("PayCheckout").RequireAbuseLimit(RateLimitPolicies.Checkout)
            .WithSummary("Start a new payment attempt for a checkout still waiting for its payment (after a decline or cancel); 409 once paid");
        return api;
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Created<CheckoutResponse>, ValidationProblem, ProblemHttpResult>> Checkout(
        CheckoutRequest request,
        HttpContext http,
        CartAccess carts,
        CheckoutHandler handler,
        OrderLifecycle lifecycle,
        PaymentService payments,
        UserManager<DixisUser> users,
        DixisDbContext db,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        var terms = CheckoutInput.Terms(errors, request.BuyerType, request.PostalCode, request.PaymentMethod, request.PickupProducerIds, "card");
        errors.When(terms?.PaymentMethod == "cod" && !payments.CashOnDeliveryEnabled, "paymentMethod", "payment-method");
        var userId = CartAccess.UserId(http.User);
        var account = userId is null ? null : await users.FindByIdAsync(userId.Value.ToString());
        var email = string.IsNullOrWhiteSpace(request.Email) ? account?.Email : request.Email.Trim();
        errors.When(!AccountEndpoints.IsEmail(email), "email", string.IsNullOrWhiteSpace(email) ? "required" : "email");
        var name = errors.Text("name", request.Name, 200);
        var street = errors.Text("street", request.Street, 200);
        var city = errors.Text("city", request.City, 100);
        string? phone = null;
        errors.When(!string.IsNullOrWhiteSpace(request.Phone) && !GreekPhone.TryNormalize(request.Phone, out phone, out _), "phone", "phone");
        string? afm = null;
        if (terms?.BuyerType == BuyerType.Business)
        {
            var check = Afm.Validate(request.Afm ?? account?.Afm);
            errors.When(!check.Valid, "afm", "afm." + (check.Reason ?? "checksum"));
            afm = check.Afm;
        }

        if (request.ExpectedTotal is < 0m or > 1_000_000m)
        {
            errors.Add("expectedTotal", "price");
        }

        if (errors.Any || terms is null)
        {
            return ApiProblems.Validation(errors);
        }

        var cart = await carts.FindAsync(http, ct);
        var outcome = cart is null
            ? new CheckoutOutcome.EmptyCart()
            : await handler.PlaceAsync(cart, userId, terms, new BuyerDetails(email!, name!, phone, afm, street!, city!), request.ExpectedTotal, ct);
        switch (outcome)
        {
            case CheckoutOutcome.EmptyCart:
                return ApiProblems.Conflict("checkout.cart-empty");
            case CheckoutOutcome.Refused refused:
                return ApiProblems.Conflict(refused.Reason, "products", refused.Products);
            case CheckoutOutcome.TotalChanged changed:
                return ApiProblems.Conflict("checkout.total-changed", "total", changed.Actual);
        }

        var placed = (CheckoutOutcome.Placed)outcome;
        PaymentStartResponse? payment;
        if (terms.PaymentMethod == "cod")
        {
            // Cash on delivery needs nothing online: the orders are confirmed now; the money is taken at the door.
            var started = await payments.StartAsync(new StartPaymentRequest(placed.Group.Id, PaymentMethod.CashOnDelivery, new Money(placed.Group.Total).Cents, Description(placed), ReturnPath(placed.Group.Id)), ct);
            payment = started.Payment is null ? null : new PaymentStartResponse(started.Payment.Provider, started.Payment.Id, null);
            await lifecycle.MoveAsync(placed.Orders.Select(o => o.Id).ToList(), OrderStatus.Confirmed, OrderActor.System, null, "cash on delivery", null, ct);
            await db.CheckoutGroups.Where(g => g.Id == placed.Group.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, CheckoutStatus.Confirmed), ct);
        }
        else
        {
            payment = await StartCardPaymentAsync(payments, placed.Group.Id, placed.Group.Total, Description(placed), ct);
        }

        var response = await OrderQueries.CheckoutAsync(db, placed.Group.Id, payment, ct);
        return TypedResults.Created($"/api/v1/checkout/{placed.Group.Id}", response!);
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<CheckoutResponse>, ProblemHttpResult>> Pay(Guid id, HttpContext http, PaymentService payments, DixisDbContext db, CancellationToken ct)
    {
        // The checkout id is the guest's capability (a random v7 Guid); a signed-in buyer's checkout is theirs only.
        var userId = CartAccess.UserId(http.User);
        var group = await db.CheckoutGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id && (g.BuyerUserId == null || g.BuyerUserId == userId), ct);
        if (group is null)
        {
            return ApiProblems.NotFound();
        }

        if (group.Status != CheckoutStatus.AwaitingPayment || group.PaymentMethod == PaymentProviders.CashOnDelivery)
        {
            return ApiProblems.Conflict("checkout.not-awaiting-payment");
        }

        var numbers = await db.Orders.Where(o => o.CheckoutGroupId == id).Select(o => o.Number).ToListAsync(ct);
        var payment = await StartCardPaymentAsync(payments, id, group.Total, "Dixis " + string.Join(", ", numbers), ct);
        return payment is null
            ? ApiProblems.Conflict("checkout.not-awaiting-payment")
            : TypedResults.Ok((await OrderQueries.CheckoutAsync(db, id, payment, ct))!);
    }

    /// <summary>A new card attempt; null when the gateway refused to open one (the buyer can try again later).</summary>
    private static async Task<PaymentStartResponse?> StartCardPaymentAsync(PaymentService payments, Guid groupId, decimal total, string description, CancellationToken ct)
    {
        var started = await payments.StartAsync(new StartPaymentRequest(groupId, PaymentMethod.Card, new Money(total).Cents, description, ReturnPath(groupId)), ct);
        return started.Succeeded && started.Payment is not null ? new PaymentStartResponse(started.Payment.Provider, started.Payment.Id, started.RedirectUrl) : null;
    }

    private static string Description(CheckoutOutcome.Placed placed) => "Dixis " + string.Join(", ", placed.Orders.Select(o => o.Number));

    private static string ReturnPath(Guid groupId) => $"/checkout/{groupId}/result";
}
