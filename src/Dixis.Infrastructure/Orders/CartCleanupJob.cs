using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Orders;

/// <summary>Deletes abandoned carts: a guest's after 30 days untouched, a signed-in user's after 180 (nothing is reserved by a cart).</summary>
public sealed class CartCleanupJob(DixisDbContext db, TimeProvider clock, ILogger<CartCleanupJob> logger)
{
    public static readonly TimeSpan GuestCartLifetime = TimeSpan.FromDays(30);
    public static readonly TimeSpan UserCartLifetime = TimeSpan.FromDays(180);

    /// <summary>Deletes the abandoned carts (their items go with them); returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var guestBefore = now - GuestCartLifetime;
        var userBefore = now - UserCartLifetime;
        var ids = await db.Carts
            .Where(c => (c.UserId == null && c.UpdatedAt < guestBefore) || (c.UserId != null && c.UpdatedAt < userBefore))
            .Select(c => c.Id).Take(10_000).ToListAsync(ct);
        await db.CartItems.Where(i => ids.Contains(i.CartId)).ExecuteDeleteAsync(ct);
        var deleted = await db.Carts.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        logger.LogInformation("Deleted {Count} abandoned carts", deleted);
        return deleted;
    }
}
