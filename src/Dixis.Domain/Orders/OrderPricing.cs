using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Orders;

/// <summary>
/// Prices one producer's order. Catalogue prices are gross at the producer's home rate, so a line's net is taken
/// from the catalogue price at that rate; when the sale's rate is the same, the buyer pays exactly the catalogue
/// price (VAT = gross − net). When it differs (a business on a qualifying island buying from the mainland), the
/// net stays and VAT is recomputed at the sale's rate. Charges follow the goods (ancillary supplies, art. 19 ΚΦΠΑ):
/// their gross is split over the goods' rates in proportion to the goods' gross value at each rate.
/// </summary>
public static class OrderPricing
{
    /// <summary>Prices <paramref name="lines"/> with <paramref name="charges"/> (gross amounts).</summary>
    /// <exception cref="ArgumentException">No lines, a quantity below 1, a negative price or charge.</exception>
    public static PricedOrder Price(IReadOnlyList<PricingLine> lines, IReadOnlyList<(ChargeKind Kind, Money Gross)> charges)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(charges);
        if (lines.Count == 0)
        {
            throw new ArgumentException("An order needs at least one line.", nameof(lines));
        }

        var priced = lines.Select(PriceLine).ToList();
        var rateGroups = priced
            .GroupBy(l => (l.Vat.RatePercent, l.Vat.MyDataVatCategory, l.Vat.Rate))
            .OrderByDescending(g => g.Key.RatePercent)
            .Select(g => (g.Key, Gross: g.Aggregate(Money.Zero, (sum, l) => sum + l.Gross)))
            .ToList();

        var pricedCharges = new List<PricedCharge>();
        foreach (var (kind, gross) in charges)
        {
            if (gross.Amount < 0m)
            {
                throw new ArgumentException("Charges cannot be negative.", nameof(charges));
            }

            var shares = gross.Round().Apportion(rateGroups.Select(g => g.Gross).ToList());
            var parts = rateGroups.Zip(shares, (g, share) =>
            {
                var net = VatMath.NetFromGross(share, g.Key.Rate);
                return new VatPart(g.Key.RatePercent, g.Key.MyDataVatCategory, net, share - net, share);
            }).ToList();
            pricedCharges.Add(new PricedCharge(kind, gross.Round(), parts));
        }

        var breakdown = priced
            .Select(l => new VatPart(l.Vat.RatePercent, l.Vat.MyDataVatCategory, l.Net, l.VatAmount, l.Gross))
            .Concat(pricedCharges.SelectMany(c => c.Parts))
            .GroupBy(p => (p.RatePercent, p.MyDataVatCategory))
            .OrderByDescending(g => g.Key.RatePercent)
            .Select(g => new VatPart(g.Key.RatePercent, g.Key.MyDataVatCategory, Sum(g, p => p.Net), Sum(g, p => p.Vat), Sum(g, p => p.Gross)))
            .ToList();

        var goods = priced.Aggregate(Money.Zero, (sum, l) => sum + l.Gross);
        return new PricedOrder(
            priced,
            pricedCharges,
            breakdown,
            goods,
            Sum(breakdown, p => p.Net),
            Sum(breakdown, p => p.Vat),
            Sum(breakdown, p => p.Gross));
    }

    private static PricedLine PriceLine(PricingLine line)
    {
        if (line.Quantity < 1)
        {
            throw new ArgumentException($"Line {line.Key}: quantity must be at least 1.", nameof(line));
        }

        if (line.UnitGross.Amount < 0m)
        {
            throw new ArgumentException($"Line {line.Key}: price cannot be negative.", nameof(line));
        }

        var catalogueGross = new Money(line.UnitGross.Amount * line.Quantity).Round();
        var net = VatMath.NetFromGross(catalogueGross, line.HomeVat.Rate);
        var vat = line.Vat.Rate == line.HomeVat.Rate ? catalogueGross - net : VatMath.VatFromNet(net, line.Vat.Rate);
        return new PricedLine(line.Key, line.Quantity, line.UnitGross, net, vat, net + vat, line.Vat);
    }

    private static Money Sum<T>(IEnumerable<T> items, Func<T, Money> amount) =>
        items.Aggregate(Money.Zero, (sum, item) => sum + amount(item));
}
