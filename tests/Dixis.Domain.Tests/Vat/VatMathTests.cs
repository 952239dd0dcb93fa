using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Tests.Vat;

public class VatMathTests
{
    [Theory]
    [InlineData("10.00", "0.13", "1.30")]
    [InlineData("10.00", "0.24", "2.40")]
    [InlineData("0.05", "0.13", "0.01")]
    [InlineData("1.15", "0.24", "0.28")]
    [InlineData("0.50", "0.09", "0.05")] // 0.045: half away from zero, banker's rounding would give 0.04
    [InlineData("0.00", "0.24", "0.00")]
    [InlineData("-10.00", "0.13", "-1.30")]
    public void Vat_from_net(string net, string rate, string vat) =>
        Assert.Equal(M(vat), VatMath.VatFromNet(M(net), decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("12.40", "0.24", "10.00", "2.40")]
    [InlineData("11.30", "0.13", "10.00", "1.30")]
    [InlineData("1.00", "0.13", "0.88", "0.12")]
    [InlineData("10.90", "0.09", "10.00", "0.90")]
    [InlineData("0.01", "0.24", "0.01", "0.00")]
    public void Net_and_vat_from_gross(string gross, string rate, string net, string vat)
    {
        var r = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(M(net), VatMath.NetFromGross(M(gross), r));
        Assert.Equal(M(vat), VatMath.VatFromGross(M(gross), r));
    }

    [Fact]
    public void Net_plus_vat_equals_gross_for_every_cent_and_rate()
    {
        foreach (var rate in new[] { 0.24m, 0.13m, 0.06m, 0.17m, 0.09m, 0.04m })
        {
            for (long cents = 0; cents <= 3000; cents++)
            {
                var gross = Money.FromCents(cents);
                Assert.Equal(gross, VatMath.NetFromGross(gross, rate) + VatMath.VatFromGross(gross, rate));
            }
        }
    }

    [Theory]
    [InlineData(13)]
    [InlineData(1)]
    [InlineData(-0.01)]
    public void Rates_that_are_not_fractions_are_refused(double rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VatMath.VatFromNet(M("1.00"), (decimal)rate));
        Assert.Throws<ArgumentOutOfRangeException>(() => VatMath.NetFromGross(M("1.00"), (decimal)rate));
        Assert.Throws<ArgumentOutOfRangeException>(() => VatMath.VatFromGross(M("1.00"), (decimal)rate));
    }

    [Theory]
    [InlineData("standard", VatRateClass.Standard)]
    [InlineData("STANDARD", VatRateClass.Standard)]
    [InlineData("reduced", VatRateClass.Reduced)]
    [InlineData(" Reduced ", VatRateClass.Reduced)]
    [InlineData("super-reduced", VatRateClass.SuperReduced)]
    [InlineData("Super-Reduced", VatRateClass.SuperReduced)]
    public void Parses_rate_class_codes(string input, VatRateClass expected)
    {
        Assert.Equal(expected, VatMath.ParseRateClass(input));
        Assert.True(VatMath.TryParseRateClass(input, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("superreduced")]
    [InlineData("super_reduced")]
    [InlineData("13")]
    [InlineData("Reduced1")]
    [InlineData("0")]
    public void Rejects_other_rate_class_text(string input)
    {
        Assert.Throws<FormatException>(() => VatMath.ParseRateClass(input));
        Assert.False(VatMath.TryParseRateClass(input, out _));
    }

    [Fact]
    public void TryParse_null_is_false() => Assert.False(VatMath.TryParseRateClass(null, out _));

    [Theory]
    [InlineData(VatRateClass.Standard)]
    [InlineData(VatRateClass.Reduced)]
    [InlineData(VatRateClass.SuperReduced)]
    public void Codes_round_trip(VatRateClass rateClass) =>
        Assert.Equal(rateClass, VatMath.ParseRateClass(VatMath.ToCode(rateClass)));

    private static Money M(string amount) => new(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
}
