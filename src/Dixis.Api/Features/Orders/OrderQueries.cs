using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Orders;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Orders;

/// <summary>Reads orders with everything their responses show.</summary>
public static class OrderQueries
{
    /// <summary>Orders with lines, charge parts and history, newest first.</summary>
    public static IQueryable<Order> WithDetails(DixisDbContext db) =>
        db.Orders.AsNoTracking().AsSplitQuery().Include(o => o.Lines).Include(o => o.ChargeParts).Include(o => o.History).OrderByDescending(o => o.CreatedAt);

    /// <summary>The responses for <paramref name="orders"/>, with their producers' names.</summary>
    public static async Task<List<OrderResponse>> ToResponsesAsync(DixisDbContext db, List<Order> orders, CancellationToken ct)
    {
        var producerIds = orders.Select(o => o.ProducerId).Distinct().ToList();
        var names = await db.Producers.AsNoTracking().Where(p => producerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.BusinessName, ct);
        return orders.Select(o => OrderMapping.ToResponse(o, names.GetValueOrDefault(o.ProducerId, ""))).ToList();
    }

    /// <summary>A checkout group with its orders, or null.</summary>
    public static async Task<CheckoutResponse?> CheckoutAsync(DixisDbContext db, Guid groupId, PaymentStartResponse? payment, CancellationToken ct)
    {
        var group = await db.CheckoutGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return null;
        }

        var orders = await WithDetails(db).Where(o => o.CheckoutGroupId == groupId).ToListAsync(ct);
        var responses = await ToResponsesAsync(db, orders, ct);
        return new CheckoutResponse(group.Id, group.Status.ToString(), group.Total, responses.OrderBy(o => o.ProducerName, StringComparer.Ordinal).ToList(), payment);
    }
}
