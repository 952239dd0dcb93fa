using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Commission;

/// <summary>
/// Dixis's commission on a producer's sales: a percentage of the goods' net value by channel (consumer or business),
/// with per-category overrides (a category override wins over the channel). Shipping and fees carry no commission:
/// they pass through to the producer, who ships.
/// </summary>
/// <param name="ConsumerPercent">Percent on sales to consumers, e.g. 12.</param>
/// <param name="BusinessPercent">Percent on sales to businesses, e.g. 8.</param>
/// <param name="CategoryPercents">Overrides by category slug, e.g. "krasia" → 15.</param>
public sealed record CommissionPolicy(decimal ConsumerPercent, decimal BusinessPercent, IReadOnlyDictionary<string, decimal> CategoryPercents)
{
    /// <summary>The percent that applies to a line of <paramref name="categorySlug"/> sold to <paramref name="buyer"/>.</summary>
    public decimal PercentFor(BuyerType buyer, string? categorySlug) =>
        categorySlug is not null && CategoryPercents.TryGetValue(categorySlug, out var percent)
            ? percent
            : buyer == BuyerType.Business ? BusinessPercent : ConsumerPercent;

    /// <summary>Commission (net, before its own VAT) on a line's net value, rounded to cents.</summary>
    public Money CommissionOn(Money goodsNet, BuyerType buyer, string? categorySlug) =>
        new Money(goodsNet.Amount * PercentFor(buyer, categorySlug) / 100m).Round();

    /// <summary>Checks the percents are between 0 and 100; returns the problems found (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ConsumerPercent is < 0m or > 100m)
        {
            problems.Add("ConsumerPercent must be between 0 and 100.");
        }

        if (BusinessPercent is < 0m or > 100m)
        {
            problems.Add("BusinessPercent must be between 0 and 100.");
        }

        problems.AddRange(CategoryPercents.Where(c => c.Value is < 0m or > 100m).Select(c => $"Category {c.Key}: percent must be between 0 and 100."));
        return problems;
    }
}
