using System.Globalization;
using Dixis.Domain.Pricing;

namespace Dixis.Domain.Tests.Pricing;

public class MoneyTests
{
    private static Money M(string amount) => new(decimal.Parse(amount, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("0.015", "0.02")]
    [InlineData("0.025", "0.03")] // banker's rounding would give 0.02
    [InlineData("2.675", "2.68")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("1.2349", "1.23")]
    [InlineData("1.2350", "1.24")]
    [InlineData("7", "7.00")]
    public void Rounds_half_away_from_zero_to_cents(string input, string expected) =>
        Assert.Equal(M(expected), M(input).Round());

    [Fact]
    public void Cents_and_zero()
    {
        Assert.Equal(M("12.50"), Money.FromCents(1250));
        Assert.Equal(M("-0.07"), Money.FromCents(-7));
        Assert.Equal(1235, M("12.345").Cents);
        Assert.Equal(-1235, M("-12.345").Cents);
        Assert.Equal(0m, Money.Zero.Amount);
        Assert.Equal(0, Money.Zero.Cents);
    }

    [Fact]
    public void Addition_and_subtraction_are_exact()
    {
        Assert.Equal(M("0.30"), M("0.10") + M("0.20"));
        Assert.Equal(M("-0.10"), M("0.10") - M("0.20"));
        Assert.Equal(M("-5"), -M("5"));
        Assert.Equal(M("3.0"), Money.Add(M("1"), M("2")));
        Assert.Equal(M("1"), Money.Subtract(M("3"), M("2")));
        Assert.Equal(M("-1"), Money.Negate(M("1")));
    }

    [Theory]
    [InlineData("3.33", "3", "9.99")]
    [InlineData("1.99", "1.5", "2.99")]
    [InlineData("0.10", "0.5", "0.05")]
    [InlineData("0.01", "0.5", "0.01")]
    [InlineData("4.20", "0.13", "0.55")]
    [InlineData("-1.99", "1.5", "-2.99")]
    public void Multiplication_rounds_the_product(string amount, string factor, string expected)
    {
        var f = decimal.Parse(factor, CultureInfo.InvariantCulture);

        Assert.Equal(M(expected), M(amount) * f);
        Assert.Equal(M(expected), f * M(amount));
        Assert.Equal(M(expected), Money.Multiply(M(amount), f));
    }

    [Fact]
    public void Comparison()
    {
        Assert.True(M("1.00") < M("1.01"));
        Assert.True(M("1.01") > M("1.00"));
        Assert.True(M("1.00") <= M("1"));
        Assert.True(M("1.00") >= M("1"));
        Assert.Equal(M("1.0"), M("1.00"));
        Assert.Equal(M("1.0").GetHashCode(), M("1.00").GetHashCode());
        Assert.Equal(-1, M("1").CompareTo(M("2")));
    }

    [Theory]
    [InlineData("10.00", new[] { 1, 1, 1 }, new[] { "3.34", "3.33", "3.33" })]
    [InlineData("1.00", new[] { 50, 30, 20 }, new[] { "0.50", "0.30", "0.20" })]
    [InlineData("0.05", new[] { 1, 1, 1, 1, 1, 1 }, new[] { "0.01", "0.01", "0.01", "0.01", "0.01", "0.00" })]
    [InlineData("100.00", new[] { 1, 2 }, new[] { "33.33", "66.67" })]
    [InlineData("5.00", new[] { 0, 0 }, new[] { "2.50", "2.50" })]
    [InlineData("5.01", new[] { 0, 0 }, new[] { "2.51", "2.50" })]
    [InlineData("7.00", new[] { 0, 3 }, new[] { "0.00", "7.00" })]
    [InlineData("-10.00", new[] { 1, 1, 1 }, new[] { "-3.34", "-3.33", "-3.33" })]
    [InlineData("0.00", new[] { 1, 1 }, new[] { "0.00", "0.00" })]
    [InlineData("9.99", new[] { 7 }, new[] { "9.99" })]
    public void Apportion_splits_exactly_by_largest_remainder(string amount, int[] weights, string[] expected)
    {
        var parts = M(amount).Apportion(weights.Select(w => new Money(w)).ToList());

        Assert.Equal(expected.Select(M), parts);
        Assert.Equal(M(amount), parts.Aggregate(Money.Zero, (a, b) => a + b));
    }

    [Fact]
    public void Apportion_by_money_weights_like_order_lines()
    {
        var discount = M("5.00");
        var lines = new[] { M("12.40"), M("7.99"), M("0.61") };

        var parts = discount.Apportion(lines);

        Assert.Equal([M("2.95"), M("1.90"), M("0.15")], parts);
    }

    [Fact]
    public void Apportion_property_parts_always_sum_to_the_total()
    {
        var random = new Random(42);
        for (var run = 0; run < 500; run++)
        {
            var total = Money.FromCents(random.Next(-100_000, 100_000));
            var weights = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Money.FromCents(random.Next(0, 5000))).ToList();

            var parts = total.Apportion(weights);

            Assert.Equal(weights.Count, parts.Count);
            Assert.Equal(total, parts.Aggregate(Money.Zero, (a, b) => a + b));
        }
    }

    [Fact]
    public void Apportion_refuses_bad_weights()
    {
        Assert.Throws<ArgumentException>(() => M("1").Apportion([]));
        Assert.Throws<ArgumentException>(() => M("1").Apportion([M("1"), M("-1")]));
    }

    [Theory]
    [InlineData("12.5", "12,50 €", "€12.50")]
    [InlineData("0", "0,00 €", "€0.00")]
    [InlineData("1234.5", "1.234,50 €", "€1,234.50")]
    [InlineData("1234567.891", "1.234.567,89 €", "€1,234,567.89")]
    [InlineData("-3.2", "-3,20 €", "-€3.20")]
    [InlineData("0.005", "0,01 €", "€0.01")]
    [InlineData("-0.001", "0,00 €", "€0.00")]
    public void Formats_greek_and_english(string amount, string greek, string english)
    {
        Assert.Equal(greek, M(amount).Format());
        Assert.Equal(greek, M(amount).Format(greek: true));
        Assert.Equal(english, M(amount).Format(greek: false));
    }

    [Fact]
    public void ToString_is_english_display() => Assert.Equal("€12.50", M("12.5").ToString());
}
