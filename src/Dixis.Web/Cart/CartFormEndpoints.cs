using System.Globalization;
using Dixis.Web.Orders;
using Dixis.Web.Seo;
using Microsoft.AspNetCore.Antiforgery;

namespace Dixis.Web.Cart;

/// <summary>
/// The cart's plain HTML forms (no JavaScript needed): add from a product page, change a quantity or remove a line. Each
/// checks the antiforgery token, calls the cart API and redirects (post/redirect/get), with a short code in the query
/// string that the page turns into a message in the shopper's language.
/// </summary>
public static class CartFormEndpoints
{
    public const string AddPath = "/cart/add";
    public const string UpdatePath = "/cart/update";

    public static IEndpointRouteBuilder MapCartFormEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(AddPath, AddAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost(UpdatePath, UpdateAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AddAsync(HttpContext context, IAntiforgery antiforgery, ICartClient carts, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(ct);
        var slug = form["slug"].ToString();
        var back = slug.Length is > 0 and <= 220 ? Paths.Product(slug) : Paths.Cart;
        if (!Guid.TryParse(form["productId"], out var productId) || !TryQuantity(form["quantity"], out var quantity))
        {
            return Results.LocalRedirect(back + "?cart=quantity");
        }

        var result = await carts.AddAsync(productId, quantity, ct);
        return Results.LocalRedirect(result.Succeeded ? Paths.Cart + "?added=1" : back + "?cart=" + Problem(result));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, IAntiforgery antiforgery, ICartClient carts, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(ct);
        if (!Guid.TryParse(form["productId"], out var productId))
        {
            return Results.LocalRedirect(Paths.Cart);
        }

        // The same form carries "remove": a quantity of 0 or the remove button both take the line out.
        if (form["action"] == "remove" || (TryNumber(form["quantity"], out var zero) && zero == 0))
        {
            await carts.RemoveAsync(productId, ct);
            return Results.LocalRedirect(Paths.Cart);
        }

        if (!TryQuantity(form["quantity"], out var quantity))
        {
            return Results.LocalRedirect(Paths.Cart + "?cart=quantity");
        }

        var result = await carts.UpdateAsync(productId, quantity, ct);
        return Results.LocalRedirect(result.Succeeded ? Paths.Cart : Paths.Cart + "?cart=" + Problem(result));
    }

    /// <summary>The message code of a refused cart change (see <see cref="CartMessages"/>).</summary>
    private static string Problem<T>(ApiResult<T> result) => result.Status switch
    {
        StatusCodes.Status409Conflict => "stock",
        StatusCodes.Status404NotFound => "unavailable",
        _ => "quantity",
    };

    private static bool TryQuantity(string? value, out int quantity) => TryNumber(value, out quantity) && quantity is >= 1 and <= 999;

    private static bool TryNumber(string? value, out int number) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
