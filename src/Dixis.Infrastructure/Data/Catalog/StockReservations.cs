using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Data.Catalog;

/// <summary>
/// Stock changes as single conditional UPDATE statements, so concurrent buyers can never take more than
/// there is, whatever the number of replicas: the database decides, not a read-modify-write in C#.
/// </summary>
public static class StockReservations
{
    /// <summary>Takes <paramref name="quantity"/> units; false when there are not enough (nothing changes).</summary>
    public static async Task<bool> TryReserveAsync(DixisDbContext db, Guid productId, int quantity, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var now = DateTimeOffset.UtcNow;
        var limited = await db.Products
            .Where(p => p.Id == productId && p.Stock != null && p.Stock >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock - quantity).SetProperty(p => p.UpdatedAt, now), ct);
        if (limited == 1)
        {
            return true;
        }

        // Unlimited stock (null) is always available; a missing product is not.
        return await db.Products.AnyAsync(p => p.Id == productId && p.Stock == null, ct);
    }

    /// <summary>Gives back units taken by a reservation that did not complete.</summary>
    public static async Task ReleaseAsync(DixisDbContext db, Guid productId, int quantity, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var now = DateTimeOffset.UtcNow;
        await db.Products
            .Where(p => p.Id == productId && p.Stock != null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + quantity).SetProperty(p => p.UpdatedAt, now), ct);
    }
}
