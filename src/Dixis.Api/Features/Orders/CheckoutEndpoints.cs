using Dixis.Api.Features.Accounts;
using Dixis.Api.Features.Cart;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Domain.Orders;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Orders;

/// <summary>Checkout: the cart becomes one order per producer under one checkout group, paid once.</summary>
public static class CheckoutEndpoints
{
    public static RouteGroupBuilder MapCheckoutEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/checkout", Checkout).WithTags("Checkout").WithName("Checkout")
            .WithSummary("Place the cart: one order per producer, stock reserved, VAT per line; 409 names products out of stock or repriced");
        return api;
    }

    private static async Task<Results<Created<CheckoutResponse>, ValidationProblem, ProblemHttpResult>> Checkout(
        CheckoutRequest request,
        HttpContext http,
        CartAccess carts,
        CheckoutHandler handler,
        OrderLifecycle lifecycle,
        UserManager<DixisUser> users,
        DixisDbContext db,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        var terms = CheckoutInput.Terms(errors, request.BuyerType, request.PostalCode, request.PaymentMethod, request.PickupProducerIds, "sandbox");
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
        PaymentStartResponse? payment = null;
        if (terms.PaymentMethod == "cod")
        {
            // Cash on delivery needs nothing online: the orders are confirmed now and paid at the door.
            await lifecycle.MoveAsync(placed.Orders.Select(o => o.Id).ToList(), OrderStatus.Confirmed, OrderActor.System, null, "cash on delivery", null, ct);
            await db.CheckoutGroups.Where(g => g.Id == placed.Group.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, CheckoutStatus.Confirmed), ct);
        }

        var response = await OrderQueries.CheckoutAsync(db, placed.Group.Id, payment, ct);
        return TypedResults.Created($"/api/v1/checkout/{placed.Group.Id}", response!);
    }
}
