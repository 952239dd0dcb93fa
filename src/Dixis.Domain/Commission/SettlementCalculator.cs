using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Commission;

/// <summary>One settled order's figures for a producer's monthly statement.</summary>
/// <param name="OrderGross">What the buyer paid for the order (goods + charges).</param>
/// <param name="Commission">Commission net.</param>
public sealed record SettlementOrder(Money OrderGross, Money Commission);

/// <summary>A producer's month: sales, Dixis's commission with its VAT, and the payout.</summary>
/// <param name="Orders">Number of orders.</param>
/// <param name="Sales">Gross collected on the producer's behalf.</param>
/// <param name="CommissionNet">Commission before VAT.</param>
/// <param name="CommissionVat">VAT on the commission (a service Dixis supplies from Athens: 24 %).</param>
/// <param name="Payout">Sales − commission gross: what Dixis transfers to the producer.</param>
public sealed record SettlementTotals(int Orders, Money Sales, Money CommissionNet, Money CommissionVat, Money Payout);

/// <summary>Adds up a producer's settled orders.</summary>
public static class SettlementCalculator
{
    /// <summary>The rate of VAT on Dixis's commission (a service supplied from the mainland).</summary>
    public const decimal CommissionVatRate = 0.24m;

    /// <summary>Totals for <paramref name="orders"/>.</summary>
    public static SettlementTotals Total(IReadOnlyCollection<SettlementOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var sales = orders.Aggregate(Money.Zero, (s, o) => s + o.OrderGross);
        var commission = orders.Aggregate(Money.Zero, (s, o) => s + o.Commission);
        var vat = VatMath.VatFromNet(commission, CommissionVatRate);
        return new SettlementTotals(orders.Count, sales, commission, vat, sales - commission - vat);
    }
}
