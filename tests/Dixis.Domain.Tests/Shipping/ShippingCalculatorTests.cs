using Dixis.Domain.Commission;
using Dixis.Domain.Greek;
using Dixis.Domain.Pricing;
using Dixis.Domain.Shipping;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Tests.Shipping;

public sealed class ShippingCalculatorTests
{
    [Theory]
    [InlineData("10557", 1500, "Attica", 3.50)]
    [InlineData("54624", 2000, "Thessaloniki", 3.90)]
    [InlineData("41222", 2001, "Mainland", 5.50)]
    [InlineData("71201", 9000, "Crete", 9.00)]
    [InlineData("81100", 20000, "LargeIsland", 15.00)]
    [InlineData("84300", 500, "SmallIsland", 6.90)]
    [InlineData("73001", 21500, "Remote", 26.40)] // 24,00 + 2 started kilos × 1,20
    public void Price_by_zone_and_weight_tier(string postalCode, int grams, string zone, decimal price)
    {
        var quote = ShippingCalculator.Quote(ShippingMethod.Courier, PostalCode.Parse(postalCode), grams, new Money(10m), null);
        Assert.Equal(zone, quote.Zone.ToString());
        Assert.Equal(price, quote.Price.Amount);
    }

    [Fact]
    public void The_threshold_waives_shipping_except_to_remote_islands_and_pickup_is_free()
    {
        var below = ShippingCalculator.Quote(ShippingMethod.Courier, PostalCode.Parse("10557"), 1000, new Money(29.99m), new Money(30m));
        Assert.Equal((3.50m, 0.01m), (below.Price.Amount, below.AmountToFreeShipping!.Value.Amount));
        var at = ShippingCalculator.Quote(ShippingMethod.Courier, PostalCode.Parse("10557"), 1000, new Money(30m), new Money(30m));
        Assert.True(at.FreeShippingApplied);
        Assert.Equal(Money.Zero, at.Price);
        var remote = ShippingCalculator.Quote(ShippingMethod.Courier, PostalCode.Parse("73001"), 1000, new Money(300m), new Money(30m));
        Assert.False(remote.FreeShippingApplied);
        Assert.Equal(9.90m, remote.Price.Amount);
        var pickup = ShippingCalculator.Quote(ShippingMethod.Pickup, PostalCode.Parse("73001"), 50_000, new Money(1m), null);
        Assert.Equal(Money.Zero, pickup.Price);
    }

    [Fact]
    public void Commission_by_channel_with_category_overrides_and_settlement_totals()
    {
        var policy = new CommissionPolicy(12m, 8m, new Dictionary<string, decimal> { ["krasia"] = 15m });
        Assert.Equal(2.40m, policy.CommissionOn(new Money(20m), BuyerType.Consumer, "elaiolado").Amount);
        Assert.Equal(1.60m, policy.CommissionOn(new Money(20m), BuyerType.Business, "elaiolado").Amount);
        Assert.Equal(3.00m, policy.CommissionOn(new Money(20m), BuyerType.Business, "krasia").Amount);
        Assert.NotEmpty(new CommissionPolicy(120m, -1m, new Dictionary<string, decimal>()).Validate());

        var totals = SettlementCalculator.Total([new SettlementOrder(new Money(40.50m), new Money(3.60m)), new SettlementOrder(new Money(22.00m), new Money(2.34m))]);
        Assert.Equal((2, 62.50m, 5.94m, 1.43m, 55.13m), (totals.Orders, totals.Sales.Amount, totals.CommissionNet.Amount, totals.CommissionVat.Amount, totals.Payout.Amount));
    }
}
