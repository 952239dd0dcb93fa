using Dixis.Domain.Orders;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Orders;

/// <summary>
/// Cancels card checkouts whose payment window passed without a payment, giving their stock back. A payment that
/// still arrives later is refunded by the payment outcome handler (the goods may be sold by then).
/// </summary>
public sealed class UnpaidCheckoutExpiry(DixisDbContext db, OrderLifecycle lifecycle, TimeProvider clock, ILogger<UnpaidCheckoutExpiry> logger)
{
    /// <summary>Expires every overdue checkout; returns how many.</summary>
    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var overdue = await db.CheckoutGroups.AsNoTracking()
            .Where(g => g.Status == CheckoutStatus.AwaitingPayment && g.ExpiresAt < now)
            .Select(g => g.Id).Take(500).ToListAsync(ct);
        var expired = 0;
        foreach (var groupId in overdue)
        {
            var orderIds = await db.Orders.Where(o => o.CheckoutGroupId == groupId && o.Status == OrderStatus.Pending).Select(o => o.Id).ToListAsync(ct);
            if (orderIds.Count == 0 || await lifecycle.MoveAsync(orderIds, OrderStatus.Cancelled, OrderActor.System, null, "payment not received in time", null, ct))
            {
                // Only a group still awaiting payment is cancelled: a payment that landed meanwhile wins.
                expired += await db.CheckoutGroups.Where(g => g.Id == groupId && g.Status == CheckoutStatus.AwaitingPayment)
                    .ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, CheckoutStatus.Cancelled), ct);
            }
        }

        if (expired > 0)
        {
            logger.LogInformation("Expired {Count} unpaid checkouts", expired);
        }

        return expired;
    }
}
