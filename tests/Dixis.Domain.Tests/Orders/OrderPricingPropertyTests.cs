using Dixis.Domain.Greek;
using Dixis.Domain.Orders;
using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dixis.Domain.Tests.Orders;

/// <summary>For any basket: lines and charges add up to the total, and the VAT breakdown adds up to the total VAT.</summary>
public sealed class OrderPricingPropertyTests
{
    private static readonly PostalCode[] Places = new[] { "10557", "24100", "81100", "82100", "85300", "84700" }.Select(PostalCode.Parse).ToArray();

    private static readonly DateOnly Date = new(2026, 11, 26);

    /// <summary>Random baskets: 1–12 lines of any rate class, price 0,01–999,99, quantity 1–50, any seller, buyer and delivery place, any charges.</summary>
    public static Arbitrary<(List<PricingLine> Lines, Money Shipping, Money Fee)> Baskets()
    {
        var line =
            from cents in Gen.Choose(1, 99_999)
            from quantity in Gen.Choose(1, 50)
            from rateClass in Gen.Elements(VatRateClass.Standard, VatRateClass.Reduced, VatRateClass.SuperReduced)
            from seller in Gen.Elements(Places)
            from delivery in Gen.Elements(Places)
            from buyer in Gen.Elements(BuyerType.Consumer, BuyerType.Business)
            select new PricingLine(
                Guid.NewGuid().ToString(),
                Money.FromCents(cents),
                quantity,
                VatEngine.Determine(new VatQuery(rateClass, seller, seller, seller, BuyerType.Consumer, Date)),
                VatEngine.Determine(new VatQuery(rateClass, seller, seller, delivery, buyer, Date)));
        var basket =
            from lines in Gen.ListOf(line).Where(l => l.Count is > 0 and <= 12)
            from shipping in Gen.Choose(0, 5_000)
            from fee in Gen.Choose(0, 500)
            select (lines.ToList(), Money.FromCents(shipping), Money.FromCents(fee));
        return basket.ToArbitrary();
    }

    [Property(Arbitrary = [typeof(OrderPricingPropertyTests)], MaxTest = 500)]
    public void Line_totals_and_charges_sum_to_the_order_total((List<PricingLine> Lines, Money Shipping, Money Fee) basket)
    {
        var order = Price(basket);
        var lines = order.Lines.Aggregate(Money.Zero, (s, l) => s + l.Gross);
        var charges = order.Charges.Aggregate(Money.Zero, (s, c) => s + c.Gross);
        Assert.Equal(order.Total, lines + charges);
        Assert.Equal(order.GoodsGross, lines);
        Assert.All(order.Lines, l => Assert.Equal(l.Gross, l.Net + l.VatAmount));
        Assert.All(order.Charges, c => Assert.Equal(c.Gross, c.Parts.Aggregate(Money.Zero, (s, p) => s + p.Gross)));
    }

    [Property(Arbitrary = [typeof(OrderPricingPropertyTests)], MaxTest = 500)]
    public void The_vat_breakdown_sums_to_the_total_vat_net_and_gross((List<PricingLine> Lines, Money Shipping, Money Fee) basket)
    {
        var order = Price(basket);
        Assert.Equal(order.Vat, order.VatBreakdown.Aggregate(Money.Zero, (s, v) => s + v.Vat));
        Assert.Equal(order.Net, order.VatBreakdown.Aggregate(Money.Zero, (s, v) => s + v.Net));
        Assert.Equal(order.Total, order.Net + order.Vat);
        Assert.Equal(order.VatBreakdown.Count, order.VatBreakdown.Select(v => v.RatePercent).Distinct().Count());
        Assert.All(order.VatBreakdown, v => Assert.Equal(v.Gross, v.Net + v.Vat));
    }

    [Property(Arbitrary = [typeof(OrderPricingPropertyTests)], MaxTest = 300)]
    public void A_consumer_at_the_home_rate_pays_exactly_the_catalogue_price((List<PricingLine> Lines, Money Shipping, Money Fee) basket)
    {
        var order = Price(basket);
        foreach (var (line, priced) in basket.Lines.Zip(order.Lines))
        {
            if (line.Vat.Rate == line.HomeVat.Rate)
            {
                Assert.Equal(new Money(line.UnitGross.Amount * line.Quantity).Round(), priced.Gross);
            }
        }
    }

    private static PricedOrder Price((List<PricingLine> Lines, Money Shipping, Money Fee) basket) =>
        OrderPricing.Price(basket.Lines, [(ChargeKind.Shipping, basket.Shipping), (ChargeKind.CashOnDeliveryFee, basket.Fee)]);
}
