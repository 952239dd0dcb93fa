using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Cart;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Cart;

/// <summary>
/// Finds the cart of a request: the signed-in user's, or a guest's by the token in the <c>X-Cart-Token</c> header
/// or the <c>dixis_cart</c> cookie. When a signed-in user still presents a guest token (they just logged in), the
/// guest cart is merged into theirs and deleted, so nothing a guest chose is lost.
/// </summary>
public sealed class CartAccess(DixisDbContext db, TimeProvider clock)
{
    public const string TokenHeader = "X-Cart-Token";
    public const string TokenCookie = "dixis_cart";
    internal const int MaxQuantity = 999;

    /// <summary>The request's cart, or null when it has none yet (nothing is created).</summary>
    public async Task<ShoppingCart?> FindAsync(HttpContext http, CancellationToken ct)
    {
        var userId = UserId(http.User);
        var token = GuestToken(http);
        var guest = token is null ? null : await Load(c => c.GuestTokenHash == Hash(token), ct);
        if (userId is null)
        {
            return guest;
        }

        var own = await Load(c => c.UserId == userId, ct);
        if (guest is null)
        {
            return own;
        }

        return await MergeAsync(http, guest, own, userId.Value, ct);
    }

    /// <summary>The request's cart, created when missing; a new guest cart gets a token (returned and set as a cookie).</summary>
    public async Task<(ShoppingCart Cart, string? NewGuestToken)> FindOrCreateAsync(HttpContext http, CancellationToken ct)
    {
        var cart = await FindAsync(http, ct);
        if (cart is not null)
        {
            return (cart, null);
        }

        var now = clock.GetUtcNow();
        var userId = UserId(http.User);
        string? token = null;
        cart = new ShoppingCart { UserId = userId, CreatedAt = now, UpdatedAt = now };
        if (userId is null)
        {
            token = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            cart.GuestTokenHash = Hash(token);
            SetCookie(http, token);
        }

        db.Carts.Add(cart);
        await db.SaveChangesAsync(ct);
        return (cart, token);
    }

    /// <summary>Adds <paramref name="quantity"/> to an item (capped at 999 per product).</summary>
    public void Add(ShoppingCart cart, Guid productId, int quantity, decimal price)
    {
        var now = clock.GetUtcNow();
        var item = cart.Items.FirstOrDefault(i => i.ProductId == productId);
        if (item is null)
        {
            // Added explicitly: a new item with its key already set would otherwise be taken for an existing row.
            var added = new CartItem { CartId = cart.Id, ProductId = productId, Quantity = Math.Min(quantity, MaxQuantity), PriceSeen = price, AddedAt = now };
            cart.Items.Add(added);
            db.CartItems.Add(added);
        }
        else
        {
            item.Quantity = Math.Min(item.Quantity + quantity, MaxQuantity);
            item.PriceSeen = price;
        }

        cart.UpdatedAt = now;
    }

    /// <summary>
    /// Adds to a line already in the database with one UPDATE, so concurrent adds of the same product (a double
    /// click, two tabs) each count; then reloads the tracked line.
    /// </summary>
    public async Task AddToExistingAsync(ShoppingCart cart, CartItem item, int quantity, decimal price, CancellationToken ct)
    {
        await db.CartItems.Where(i => i.CartId == cart.Id && i.ProductId == item.ProductId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Quantity, i => i.Quantity + quantity > MaxQuantity ? MaxQuantity : i.Quantity + quantity)
            .SetProperty(i => i.PriceSeen, price), ct);
        cart.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await db.Entry(item).ReloadAsync(ct);
    }

    internal static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string? GuestToken(HttpContext http)
    {
        var token = http.Request.Headers[TokenHeader].FirstOrDefault() ?? http.Request.Cookies[TokenCookie];
        return string.IsNullOrWhiteSpace(token) || token.Length > 100 ? null : token;
    }

    private static void SetCookie(HttpContext http, string token) =>
        http.Response.Cookies.Append(TokenCookie, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true, // a cart is what the person asked for: essential, no consent needed
            MaxAge = TimeSpan.FromDays(30),
            Path = "/",
        });

    private Task<ShoppingCart?> Load(System.Linq.Expressions.Expression<Func<ShoppingCart, bool>> match, CancellationToken ct) =>
        db.Carts.Include(c => c.Items).FirstOrDefaultAsync(match, ct);

    private async Task<ShoppingCart> MergeAsync(HttpContext http, ShoppingCart guest, ShoppingCart? own, Guid userId, CancellationToken ct)
    {
        if (own is null)
        {
            // The guest cart simply becomes the user's.
            guest.UserId = userId;
            guest.GuestTokenHash = null;
            own = guest;
        }
        else
        {
            foreach (var item in guest.Items)
            {
                Add(own, item.ProductId, item.Quantity, item.PriceSeen);
            }

            db.Carts.Remove(guest);
        }

        own.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        http.Response.Cookies.Delete(TokenCookie);
        return own;
    }
}
