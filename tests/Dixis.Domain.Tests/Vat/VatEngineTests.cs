using Dixis.Domain.Greek;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Tests.Vat;

public class VatEngineTests
{
    private const string Athens = "10431";
    private const string Thessaloniki = "54624";
    private const string Mytilene = "81100";
    private const string Kalloni = "81107";
    private const string Chios = "82100";
    private const string Samos = "83100";
    private const string Kos = "85300";
    private const string Leros = "85400";
    private const string Myrina = "81400";
    private const string Rhodes = "85100";
    private const string Heraklion = "71201";
    private const string Kalymnos = "85200";
    private const string Samothraki = "68002";

    private static readonly DateOnly Before = new(2025, 12, 31);
    private static readonly DateOnly From = new(2026, 1, 1);

    private static VatDecision Decide(
        string seller,
        string stock,
        string delivery,
        BuyerType buyer,
        DateOnly date,
        VatRateClass rateClass = VatRateClass.Reduced) =>
        VatEngine.Determine(new VatQuery(
            rateClass, PostalCode.Parse(seller), PostalCode.Parse(stock), PostalCode.Parse(delivery), buyer, date));

    [Fact]
    public void Lemnos_producer_to_athens_consumer_before_2026_pays_13()
    {
        var d = Decide(Myrina, Myrina, Athens, BuyerType.Consumer, Before);

        Assert.Equal(13, d.RatePercent);
        Assert.Equal(0.13m, d.Rate);
        Assert.Equal(2, d.MyDataVatCategory);
        Assert.False(d.IslandReduced);
        Assert.Equal(VatRules.Standard, d.Rule);
        Assert.Null(d.Island);
    }

    [Fact]
    public void Lemnos_producer_to_athens_consumer_from_2026_pays_9()
    {
        var d = Decide(Myrina, Myrina, Athens, BuyerType.Consumer, From);

        Assert.Equal(9, d.RatePercent);
        Assert.Equal(0.09m, d.Rate);
        Assert.Equal(5, d.MyDataVatCategory);
        Assert.True(d.IslandReduced);
        Assert.Equal(VatRules.IslandSeller, d.Rule);
        Assert.Equal("lemnos", d.Island);
    }

    [Theory]
    [InlineData(Mytilene, "lesvos")]
    [InlineData(Kalloni, "lesvos")]
    [InlineData(Chios, "chios")]
    [InlineData(Samos, "samos")]
    [InlineData(Kos, "kos")]
    [InlineData(Leros, "leros")]
    public void Five_islands_sellers_are_reduced_on_both_sides_of_2026(string code, string island)
    {
        foreach (var date in new[] { new DateOnly(2020, 6, 1), Before, From, new DateOnly(2030, 1, 1) })
        {
            var d = Decide(code, code, Athens, BuyerType.Consumer, date);

            Assert.Equal(9, d.RatePercent);
            Assert.Equal(VatRules.IslandSeller, d.Rule);
            Assert.Equal(island, d.Island);
        }
    }

    [Theory]
    [InlineData(BuyerType.Consumer)]
    [InlineData(BuyerType.Business)]
    public void Island_seller_rule_applies_to_any_buyer_anywhere(BuyerType buyer)
    {
        Assert.Equal(9, Decide(Mytilene, Mytilene, Thessaloniki, buyer, Before).RatePercent);
        Assert.Equal(9, Decide(Mytilene, Mytilene, Rhodes, buyer, Before).RatePercent);
        Assert.Equal(9, Decide(Mytilene, Mytilene, Mytilene, buyer, Before).RatePercent);
    }

    [Theory]
    [InlineData(VatRateClass.Standard, 17, 0.17, 4)]
    [InlineData(VatRateClass.Reduced, 9, 0.09, 5)]
    [InlineData(VatRateClass.SuperReduced, 4, 0.04, 6)]
    public void All_rate_classes_on_an_island(VatRateClass rateClass, int percent, double rate, int category)
    {
        var d = Decide(Chios, Chios, Athens, BuyerType.Consumer, Before, rateClass);

        Assert.Equal(percent, d.RatePercent);
        Assert.Equal((decimal)rate, d.Rate);
        Assert.Equal(category, d.MyDataVatCategory);
        Assert.True(d.IslandReduced);
    }

    [Theory]
    [InlineData(VatRateClass.Standard, 24, 0.24, 1)]
    [InlineData(VatRateClass.Reduced, 13, 0.13, 2)]
    [InlineData(VatRateClass.SuperReduced, 6, 0.06, 3)]
    public void All_rate_classes_on_the_mainland(VatRateClass rateClass, int percent, double rate, int category)
    {
        var d = Decide(Athens, Athens, Thessaloniki, BuyerType.Business, From, rateClass);

        Assert.Equal(percent, d.RatePercent);
        Assert.Equal((decimal)rate, d.Rate);
        Assert.Equal(category, d.MyDataVatCategory);
        Assert.False(d.IslandReduced);
        Assert.Equal(VatRules.Standard, d.Rule);
    }

    [Theory]
    [InlineData("2016-01-01")]
    [InlineData("2025-12-31")]
    [InlineData("2026-01-01")]
    [InlineData("2031-07-15")]
    public void Rhodes_is_never_reduced(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(Decide(Rhodes, Rhodes, Athens, BuyerType.Consumer, day).IslandReduced);
        Assert.False(Decide(Rhodes, Rhodes, Rhodes, BuyerType.Business, day).IslandReduced);
        Assert.False(Decide(Athens, Athens, Rhodes, BuyerType.Business, day).IslandReduced);
        Assert.Equal(VatRules.Standard, Decide(Athens, Athens, Rhodes, BuyerType.Consumer, day).Rule);
    }

    [Fact]
    public void Crete_is_not_a_qualifying_island() =>
        Assert.Equal(13, Decide(Heraklion, Heraklion, Heraklion, BuyerType.Business, From).RatePercent);

    [Fact]
    public void Lesvos_seller_with_stock_in_athens_is_not_reduced_for_a_consumer()
    {
        var d = Decide(Mytilene, Athens, Thessaloniki, BuyerType.Consumer, From);

        Assert.Equal(13, d.RatePercent);
        Assert.Equal(VatRules.Standard, d.Rule);
    }

    [Fact]
    public void Athens_seller_with_stock_on_lesvos_is_not_an_island_seller()
    {
        var d = Decide(Athens, Mytilene, Thessaloniki, BuyerType.Consumer, From);

        Assert.Equal(13, d.RatePercent);
        Assert.Equal(VatRules.Standard, d.Rule);
    }

    [Fact]
    public void Seller_and_stock_on_different_qualifying_islands_is_reduced_by_the_stock_island()
    {
        var d = Decide(Mytilene, Chios, Athens, BuyerType.Consumer, Before);

        Assert.Equal(9, d.RatePercent);
        Assert.Equal(VatRules.IslandSeller, d.Rule);
        Assert.Equal("chios", d.Island);
    }

    [Fact]
    public void Seller_on_a_2026_island_with_stock_on_lesvos_qualifies_only_from_2026()
    {
        Assert.False(Decide(Myrina, Mytilene, Athens, BuyerType.Consumer, Before).IslandReduced);
        Assert.True(Decide(Myrina, Mytilene, Athens, BuyerType.Consumer, From).IslandReduced);
    }

    [Fact]
    public void Athens_seller_to_a_chios_business_is_reduced()
    {
        var d = Decide(Athens, Athens, Chios, BuyerType.Business, Before);

        Assert.Equal(9, d.RatePercent);
        Assert.Equal(5, d.MyDataVatCategory);
        Assert.Equal(VatRules.IslandBusinessBuyer, d.Rule);
        Assert.Equal("chios", d.Island);
    }

    [Fact]
    public void Athens_seller_to_a_chios_consumer_is_normal_and_says_why()
    {
        var d = Decide(Athens, Athens, Chios, BuyerType.Consumer, From);

        Assert.Equal(13, d.RatePercent);
        Assert.Equal(2, d.MyDataVatCategory);
        Assert.False(d.IslandReduced);
        Assert.Equal(VatRules.ConsumerDeliveryToIslandNotReduced, d.Rule);
        Assert.Equal("chios", d.Island);
    }

    [Fact]
    public void Business_on_a_2026_island_gets_reduced_rate_only_from_2026()
    {
        var before = Decide(Thessaloniki, Thessaloniki, Kalymnos, BuyerType.Business, Before, VatRateClass.Standard);
        var from = Decide(Thessaloniki, Thessaloniki, Kalymnos, BuyerType.Business, From, VatRateClass.Standard);

        Assert.Equal((24, VatRules.Standard, (string?)null), (before.RatePercent, before.Rule, before.Island));
        Assert.Equal((17, VatRules.IslandBusinessBuyer, "kalymnos"), (from.RatePercent, from.Rule, from.Island));
    }

    [Fact]
    public void Consumer_on_a_2026_island_explanation_appears_only_from_2026()
    {
        Assert.Equal(VatRules.Standard, Decide(Athens, Athens, Samothraki, BuyerType.Consumer, Before).Rule);
        Assert.Equal(VatRules.ConsumerDeliveryToIslandNotReduced, Decide(Athens, Athens, Samothraki, BuyerType.Consumer, From).Rule);
    }

    [Fact]
    public void Rhodes_seller_with_stock_on_kos_to_kos_business_is_reduced_as_business_buyer()
    {
        var d = Decide(Rhodes, Kos, Kos, BuyerType.Business, Before);

        Assert.Equal(VatRules.IslandBusinessBuyer, d.Rule);
        Assert.Equal("kos", d.Island);
    }

    [Fact]
    public void Lesvos_seller_with_mainland_stock_shipping_to_a_lesvos_consumer_is_not_reduced()
    {
        var d = Decide(Mytilene, Athens, Kalloni, BuyerType.Consumer, From);

        Assert.Equal(13, d.RatePercent);
        Assert.Equal(VatRules.ConsumerDeliveryToIslandNotReduced, d.Rule);
        Assert.Equal("lesvos", d.Island);
    }

    [Fact]
    public void Unlisted_code_in_an_island_prefix_never_gets_the_reduced_rate()
    {
        var d = Decide("81150", "81150", Athens, BuyerType.Consumer, From);

        Assert.Equal(13, d.RatePercent);
        Assert.Equal(VatRules.Standard, d.Rule);
    }

    [Fact]
    public void Null_query_throws() => Assert.Throws<ArgumentNullException>(() => VatEngine.Determine(null!));
}
