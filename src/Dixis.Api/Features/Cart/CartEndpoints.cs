using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Cart;

/// <summary>
/// The server-side cart, for signed-in users and guests alike (a guest is known by the token returned on the first
/// add, sent back in <c>X-Cart-Token</c> or the <c>dixis_cart</c> cookie). Logging in merges the guest cart.
/// </summary>
public static class CartEndpoints
{
    private const int MaxQuantity = 999;

    public static RouteGroupBuilder MapCartEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cart").WithTags("Cart");
        group.MapGet("/", Get).WithName("GetCart").WithSummary("The cart grouped by producer, at current prices");
        group.MapPost("/items", AddItem).WithName("AddCartItem").WithSummary("Add a product (creates a guest cart and returns its token when needed)");
        group.MapPatch("/items/{productId:guid}", UpdateItem).WithName("UpdateCartItem").WithSummary("Change the quantity of a product in the cart");
        group.MapDelete("/items/{productId:guid}", RemoveItem).WithName("RemoveCartItem").WithSummary("Remove a product from the cart");
        group.MapDelete("/", Clear).WithName("ClearCart").WithSummary("Empty the cart");
        return api;
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Ok<CartResponse>> Get(HttpContext http, CartAccess carts, DixisDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await CartView.BuildAsync(db, await carts.FindAsync(http, ct), null, ct));

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<CartResponse>, ValidationProblem, ProblemHttpResult>> AddItem(
        AddCartItemRequest request, HttpContext http, CartAccess carts, DixisDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(request.ProductId == Guid.Empty, "productId", "required");
        errors.When(request.Quantity is < 1 or > MaxQuantity, "quantity", "cart.quantity");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var product = await db.Products.AsNoTracking().Include(p => p.Producer).FirstOrDefaultAsync(p => p.Id == request.ProductId, ct);
        if (!CartView.OnSale(product))
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "not-found", "cart.product-unavailable");
        }

        // Two adds of the same product to the same cart at once (a double click, two tabs) may both insert the line;
        // the unique index refuses the second, which then adds its quantity to the line the first one wrote.
        for (var attempt = 1; ; attempt++)
        {
            var (cart, token) = await carts.FindOrCreateAsync(http, ct);
            var existing = cart.Items.FirstOrDefault(i => i.ProductId == product!.Id);
            if (product!.Stock is { } stock && (existing?.Quantity ?? 0) + request.Quantity > stock)
            {
                return ApiProblems.Conflict("cart.not-enough-stock");
            }

            if (existing is not null)
            {
                await carts.AddToExistingAsync(cart, existing, request.Quantity, product.Price, ct);
            }
            else
            {
                carts.Add(cart, product.Id, request.Quantity, product.Price);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    db.ChangeTracker.Clear();
                    continue;
                }
            }

            if (token is not null)
            {
                http.Response.Headers[CartAccess.TokenHeader] = token;
            }

            return TypedResults.Ok(await CartView.BuildAsync(db, cart, token, ct));
        }
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<CartResponse>, ValidationProblem, ProblemHttpResult>> UpdateItem(
        Guid productId, UpdateCartItemRequest request, HttpContext http, CartAccess carts, DixisDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (errors.When(request.Quantity is < 1 or > MaxQuantity, "quantity", "cart.quantity"))
        {
            return ApiProblems.Validation(errors);
        }

        var cart = await carts.FindAsync(http, ct);
        var item = cart?.Items.FirstOrDefault(i => i.ProductId == productId);
        if (item is null)
        {
            return ApiProblems.NotFound();
        }

        var stock = await db.Products.Where(p => p.Id == productId).Select(p => p.Stock).FirstOrDefaultAsync(ct);
        if (stock is { } available && request.Quantity > available)
        {
            return ApiProblems.Conflict("cart.not-enough-stock");
        }

        item.Quantity = request.Quantity;
        cart!.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CartView.BuildAsync(db, cart, null, ct));
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<CartResponse>, ProblemHttpResult>> RemoveItem(Guid productId, HttpContext http, CartAccess carts, DixisDbContext db, CancellationToken ct)
    {
        var cart = await carts.FindAsync(http, ct);
        var item = cart?.Items.FirstOrDefault(i => i.ProductId == productId);
        if (item is null)
        {
            return ApiProblems.NotFound();
        }

        cart!.Items.Remove(item);
        db.CartItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CartView.BuildAsync(db, cart, null, ct));
    }

    private static async Task<NoContent> Clear(HttpContext http, CartAccess carts, DixisDbContext db, CancellationToken ct)
    {
        var cart = await carts.FindAsync(http, ct);
        if (cart is not null)
        {
            db.CartItems.RemoveRange(cart.Items);
            cart.Items.Clear();
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.NoContent();
    }
}
