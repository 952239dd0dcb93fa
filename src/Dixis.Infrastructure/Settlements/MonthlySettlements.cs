using Dixis.Domain.Commission;
using Dixis.Domain.Orders;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Settlements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Settlements;

/// <summary>
/// Builds each producer's statement for a month from its orders with a tax date in that month that were not
/// cancelled or left unpaid. Idempotent: a producer already settled for the month is skipped (unique index).
/// </summary>
public sealed class MonthlySettlements(DixisDbContext db, CommissionInvoices invoices, TimeProvider clock, ILogger<MonthlySettlements> logger)
{
    private static readonly OrderStatus[] Settled = [OrderStatus.Confirmed, OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Delivered];

    /// <summary>Settles <paramref name="month"/> (any day of it); returns the statements created now.</summary>
    public async Task<IReadOnlyList<Settlement>> RunAsync(DateOnly month, CancellationToken ct)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var next = first.AddMonths(1);
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.TaxDate >= first && o.TaxDate < next && Settled.Contains(o.Status))
            .Select(o => new { o.ProducerId, o.Total, o.CommissionNet })
            .ToListAsync(ct);
        var done = await db.Settlements.Where(s => s.Month == first).Select(s => s.ProducerId).ToListAsync(ct);
        var created = new List<Settlement>();
        foreach (var producer in orders.GroupBy(o => o.ProducerId).Where(g => !done.Contains(g.Key)))
        {
            var totals = SettlementCalculator.Total(producer.Select(o => new SettlementOrder(new Money(o.Total), new Money(o.CommissionNet))).ToList());
            created.Add(new Settlement
            {
                ProducerId = producer.Key,
                Month = first,
                Orders = totals.Orders,
                Sales = totals.Sales.Amount,
                CommissionNet = totals.CommissionNet.Amount,
                CommissionVat = totals.CommissionVat.Amount,
                Payout = totals.Payout.Amount,
                CreatedAt = clock.GetUtcNow(),
            });
        }

        db.Settlements.AddRange(created);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another scheduler replica settled the same month at the same moment: its statements stand.
            db.ChangeTracker.Clear();
            logger.LogWarning("Settlements for {Month} were written concurrently; keeping the other run's", first);
            return [];
        }

        logger.LogInformation("Settled {Month}: {Count} producers", first, created.Count);

        // Statements of this month still without their commission invoice (also those of an earlier run).
        var uninvoiced = await db.Settlements.AsNoTracking().Where(s => s.Month == first && s.CommissionInvoiceId == null).ToListAsync(ct);
        await invoices.IssueAsync(uninvoiced, ct);
        return created;
    }

    /// <summary>The recurring job: on the first of a month, settles the month before (Europe/Athens).</summary>
    public Task RunPreviousMonthAsync(CancellationToken ct) =>
        RunAsync(Domain.Greek.AthensTime.Today(clock).AddMonths(-1), ct);
}
