using Dixis.Api.Features.Cart;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Domain.Orders;
using Dixis.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Orders;

/// <summary>A buyer's orders, the tracking link for anyone who holds it, and the admin's view across producers.</summary>
public static class OrderEndpoints
{
    public static RouteGroupBuilder MapOrderEndpoints(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/orders").WithTags("Orders");
        mine.MapGet("/", ListMine).RequireAuthorization().WithName("ListMyOrders").WithSummary("The signed-in buyer's orders, newest first");
        mine.MapGet("/{id:guid}", GetMine).RequireAuthorization().WithName("GetMyOrder").WithSummary("One of the signed-in buyer's orders (another buyer's answers 404)");
        mine.MapGet("/track/{token}", Track).WithName("TrackOrder").WithSummary("An order by its tracking link, without logging in");
        api.MapGet("/checkout/{id:guid}", GetCheckout).WithTags("Checkout").WithName("GetCheckout")
            .WithSummary("A checkout group with its orders: the signed-in buyer's, or a guest's by its id (the guest's capability, as for /pay)");
        api.MapGet("/admin/orders", ListAll).RequireAuthorization(AuthorizationPolicies.Admin).WithTags("Admin").WithName("ListAllOrders")
            .WithSummary("Orders across producers, filtered by status, newest first");
        return api;
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Ok<List<OrderResponse>>> ListMine(HttpContext http, DixisDbContext db, CancellationToken ct)
    {
        var userId = CartAccess.UserId(http.User);
        var orders = await OrderQueries.WithDetails(db).Where(o => o.BuyerUserId == userId).Take(200).ToListAsync(ct);
        return TypedResults.Ok(await OrderQueries.ToResponsesAsync(db, orders, ct));
    }

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> GetMine(Guid id, HttpContext http, DixisDbContext db, CancellationToken ct)
    {
        var userId = CartAccess.UserId(http.User);
        var order = await OrderQueries.WithDetails(db).FirstOrDefaultAsync(o => o.Id == id && o.BuyerUserId == userId, ct);
        return order is null ? ApiProblems.NotFound() : TypedResults.Ok((await OrderQueries.ToResponsesAsync(db, [order], ct))[0]);
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> Track(string token, DixisDbContext db, CancellationToken ct)
    {
        if (token.Length != 43)
        {
            return ApiProblems.NotFound();
        }

        var order = await OrderQueries.WithDetails(db).FirstOrDefaultAsync(o => o.TrackingToken == token, ct);
        return order is null ? ApiProblems.NotFound() : TypedResults.Ok((await OrderQueries.ToResponsesAsync(db, [order], ct))[0]);
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<CheckoutResponse>, ProblemHttpResult>> GetCheckout(Guid id, HttpContext http, DixisDbContext db, CancellationToken ct)
    {
        var userId = CartAccess.UserId(http.User);
        // Like /pay: a guest's checkout id is its capability (a random v7 Guid); a signed-in buyer's answers only to them.
        if (!await db.CheckoutGroups.AnyAsync(g => g.Id == id && (g.BuyerUserId == null || g.BuyerUserId == userId), ct))
        {
            return ApiProblems.NotFound();
        }

        return TypedResults.Ok((await OrderQueries.CheckoutAsync(db, id, null, ct))!);
    }

    public static async Task<Results<Ok<List<OrderResponse>>, ValidationProblem>> ListAll(string? status, DixisDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var query = OrderQueries.WithDetails(db);
        if (!string.IsNullOrWhiteSpace(status))
        {
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
}
