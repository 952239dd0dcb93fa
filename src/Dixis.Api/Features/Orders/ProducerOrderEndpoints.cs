using System.Security.Claims;
using Dixis.Api.Features.Cart;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Domain.Orders;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Orders;
using Dixis.Infrastructure.Payments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Orders;

/// <summary>A producer sees and moves its own orders; an admin may move any. Another producer's order answers 404.</summary>
public static class ProducerOrderEndpoints
{
    public static RouteGroupBuilder MapProducerOrderEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/producer/orders").WithTags("Producer area").RequireAuthorization(AuthorizationPolicies.Producer);
        group.MapGet("/", List).WithName("ListOwnOrders").WithSummary("The producer's orders, filtered by status, newest first");
        group.MapGet("/{id:guid}", Get).WithName("GetOwnOrder").WithSummary("One of the producer's orders");
        group.MapPost("/{id:guid}/status", Move).WithName("MoveOwnOrder")
            .WithSummary("Move an order: Processing, Shipped (carrier and tracking code required), Delivered or Cancelled");
        api.MapPost("/admin/orders/{id:guid}/status", Move).RequireAuthorization(AuthorizationPolicies.Admin).WithTags("Admin").WithName("MoveAnyOrder")
            .WithSummary("An admin moves any order");
        return api;
    }

    public static async Task<Results<Ok<List<OrderResponse>>, ValidationProblem, ProblemHttpResult>> List(string? status, ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var producerId = await OwnProducerId(user, db, ct);
        if (producerId is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "not-found", "producer-profile-missing");
        }

        var query = OrderQueries.WithDetails(db).Where(o => o.ProducerId == producerId);
        if (!string.IsNullOrWhiteSpace(status))
        {
            var errors = new FieldErrors();
            var wanted = errors.Enum<OrderStatus>("status", status, "order.status");
            if (errors.Any)
            {
                return ApiProblems.Validation(errors);
            }

            query = query.Where(o => o.Status == wanted);
        }

        var orders = await query.Take(500).ToListAsync(ct);
        return TypedResults.Ok(await OrderQueries.ToResponsesAsync(db, orders, ct));
    }

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var producerId = await OwnProducerId(user, db, ct);
        var order = await OrderQueries.WithDetails(db).FirstOrDefaultAsync(o => o.Id == id && o.ProducerId == producerId, ct);
        return order is null ? ApiProblems.NotFound() : TypedResults.Ok((await OrderQueries.ToResponsesAsync(db, [order], ct))[0]);
    }

    public static async Task<Results<Ok<OrderResponse>, ValidationProblem, ProblemHttpResult>> Move(
        Guid id, OrderStatusRequest request, ClaimsPrincipal user, DixisDbContext db, OrderLifecycle lifecycle, PaymentService payments, CancellationToken ct)
    {
        var isAdmin = user.IsInRole(Roles.Admin);
        var producerId = isAdmin ? null : await OwnProducerId(user, db, ct);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && (isAdmin || o.ProducerId == producerId), ct);
        if (order is null)
        {
            return ApiProblems.NotFound();
        }

        var errors = new FieldErrors();
        var to = string.IsNullOrWhiteSpace(request.Status) ? default : errors.Enum<OrderStatus>("status", request.Status, "order.status");
        errors.When(string.IsNullOrWhiteSpace(request.Status), "status", "required");
        var note = errors.Text("note", request.Note, 500, required: false);
        string? carrier = null, tracking = null;
        if (to == OrderStatus.Shipped)
        {
            carrier = errors.Text("carrier", request.Carrier, 60);
            tracking = errors.Text("trackingCode", request.TrackingCode, 60);
        }

        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var actor = isAdmin ? OrderActor.Admin : OrderActor.Producer;
        if (order.Status == to || !OrderTransitions.CanMove(order.Status, to, actor))
        {
            return ApiProblems.Conflict("order.transition");
        }

        var moved = await lifecycle.MoveAsync([id], to, actor, CartAccess.UserId(user), string.IsNullOrEmpty(note) ? null : note, o =>
        {
            if (to == OrderStatus.Shipped)
            {
                o.Carrier = carrier;
                o.TrackingCode = tracking;
            }
        }, ct);
        if (!moved)
        {
            return ApiProblems.Conflict("order.transition");
        }

        await SettlePaymentAsync(order, to, db, payments, ct);
        var updated = await OrderQueries.WithDetails(db).FirstAsync(o => o.Id == id, ct);
        return TypedResults.Ok((await OrderQueries.ToResponsesAsync(db, [updated], ct))[0]);
    }

    /// <summary>
    /// Money follows the order: a paid card order that is cancelled is refunded (its credit note follows); cash on
    /// delivery is captured once every order of the checkout is delivered or cancelled.
    /// </summary>
    private static async Task SettlePaymentAsync(Order order, OrderStatus to, DixisDbContext db, PaymentService payments, CancellationToken ct)
    {
        if (order.PaymentMethod == PaymentProviders.CashOnDelivery)
        {
            var open = await db.Orders.AnyAsync(o => o.CheckoutGroupId == order.CheckoutGroupId && o.Status != OrderStatus.Delivered && o.Status != OrderStatus.Cancelled, ct);
            var delivered = await db.Orders.AnyAsync(o => o.CheckoutGroupId == order.CheckoutGroupId && o.Status == OrderStatus.Delivered, ct);
            if (!open && delivered)
            {
                await payments.CaptureCashOnDeliveryAsync(order.CheckoutGroupId, $"order-{order.Id}-delivered", ct);
            }
            else if (!open)
            {
                await payments.CancelAsync(order.CheckoutGroupId, ct);
            }
        }
        else if (to == OrderStatus.Cancelled && order.Status != OrderStatus.Pending)
        {
            await payments.RefundAsync(order.CheckoutGroupId, new Money(order.Total).Cents, $"order-{order.Id}-cancelled", ct);
        }
    }

    /// <summary>The signed-in producer's id, or null when the account has no producer profile.</summary>
    internal static async Task<Guid?> OwnProducerId(ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var userId = CartAccess.UserId(user);
        return await db.Producers.Where(p => p.OwnerUserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
    }
}
