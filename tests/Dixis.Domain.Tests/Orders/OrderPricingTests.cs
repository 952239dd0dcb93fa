using Dixis.Domain.Greek;
using Dixis.Domain.Orders;
using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Tests.Orders;

public sealed class OrderPricingTests
{
    private static readonly DateOnly Date = new(2026, 11, 26);

    private static PricingLine Line(decimal price, int quantity, VatRateClass rateClass, string seller, string delivery, BuyerType buyer) =>
        new("x", new Money(price), quantity,
            VatEngine.Determine(new VatQuery(rateClass, PostalCode.Parse(seller), PostalCode.Parse(seller), PostalCode.Parse(seller), BuyerType.Consumer, Date)),
            VatEngine.Determine(new VatQuery(rateClass, PostalCode.Parse(seller), PostalCode.Parse(seller), PostalCode.Parse(delivery), buyer, Date)));

    [Fact]
    public void Shipping_is_split_over_the_goods_rates_by_gross_value()
    {
        var order = OrderPricing.Price(
            [Line(11.30m, 2, VatRateClass.Reduced, "24100", "41222", BuyerType.Consumer), Line(12.40m, 1, VatRateClass.Standard, "24100", "41222", BuyerType.Consumer)],
            [(ChargeKind.Shipping, new Money(5.50m))]);
        var shipping = Assert.Single(order.Charges);
        Assert.Equal([(24, 1.95m, 1.57m, 0.38m), (13, 3.55m, 3.14m, 0.41m)], shipping.Parts.Select(p => (p.RatePercent, p.Gross.Amount, p.Net.Amount, p.Vat.Amount)).ToArray());
        Assert.Equal(40.50m, order.Total.Amount);
    }

    [Fact]
    public void A_business_on_a_qualifying_island_keeps_the_net_price_and_pays_the_reduced_rate()
    {
        var order = OrderPricing.Price([Line(11.30m, 2, VatRateClass.Reduced, "24100", "82100", BuyerType.Business)], []);
        var line = Assert.Single(order.Lines);
        Assert.Equal((20.00m, 1.80m, 21.80m, 9), (line.Net.Amount, line.VatAmount.Amount, line.Gross.Amount, line.Vat.RatePercent));
    }

    [Fact]
    public void No_lines_or_bad_quantities_are_refused()
    {
        Assert.Throws<ArgumentException>(() => OrderPricing.Price([], []));
        Assert.Throws<ArgumentException>(() => OrderPricing.Price([Line(1m, 0, VatRateClass.Reduced, "24100", "10557", BuyerType.Consumer)], []));
        Assert.Throws<ArgumentException>(() => OrderPricing.Price([Line(1m, 1, VatRateClass.Reduced, "24100", "10557", BuyerType.Consumer)], [(ChargeKind.Shipping, new Money(-1m))]));
    }

    [Theory]
    [InlineData(OrderStatus.Pending, OrderStatus.Confirmed, OrderActor.System, true)]
    [InlineData(OrderStatus.Pending, OrderStatus.Confirmed, OrderActor.Producer, false)]
    [InlineData(OrderStatus.Confirmed, OrderStatus.Processing, OrderActor.Producer, true)]
    [InlineData(OrderStatus.Processing, OrderStatus.Shipped, OrderActor.Producer, true)]
    [InlineData(OrderStatus.Confirmed, OrderStatus.Delivered, OrderActor.Producer, false)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Cancelled, OrderActor.Admin, false)]
    [InlineData(OrderStatus.Delivered, OrderStatus.Cancelled, OrderActor.Admin, false)]
    [InlineData(OrderStatus.Cancelled, OrderStatus.Confirmed, OrderActor.System, false)]
    public void The_lifecycle_allows_only_its_moves(OrderStatus from, OrderStatus to, OrderActor actor, bool allowed) =>
        Assert.Equal(allowed, OrderTransitions.CanMove(from, to, actor));
}
