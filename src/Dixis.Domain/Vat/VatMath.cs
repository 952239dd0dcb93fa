using Dixis.Domain.Pricing;

namespace Dixis.Domain.Vat;

/// <summary>VAT arithmetic on <see cref="Money"/>, with the single rounding rule of <see cref="Money.Round"/>.</summary>
public static class VatMath
{
    /// <summary>VAT on a net amount, rounded to cents. <paramref name="rate"/> is a fraction (0.13m), not a percent.</summary>
    public static Money VatFromNet(Money net, decimal rate)
    {
        CheckRate(rate);
        return new Money(net.Amount * rate).Round();
    }

    /// <summary>Net amount contained in a VAT-inclusive (gross) amount, rounded to cents.</summary>
    public static Money NetFromGross(Money gross, decimal rate)
    {
        CheckRate(rate);
        return new Money(gross.Round().Amount / (1m + rate)).Round();
    }

    /// <summary>VAT contained in a gross amount, computed as gross − net so that net + VAT equals gross exactly.</summary>
    public static Money VatFromGross(Money gross, decimal rate)
    {
        var rounded = gross.Round();
        return rounded - NetFromGross(rounded, rate);
    }

    /// <summary>Parses "standard", "reduced" or "super-reduced" (any case, surrounding spaces ignored).</summary>
    /// <exception cref="FormatException">For any other text.</exception>
    public static VatRateClass ParseRateClass(string s) =>
        TryParseRateClass(s, out var rateClass)
            ? rateClass
            : throw new FormatException($"'{s}' is not a VAT rate class (standard, reduced, super-reduced).");

    /// <summary>Like <see cref="ParseRateClass(string)"/> without throwing.</summary>
    public static bool TryParseRateClass(string? s, out VatRateClass rateClass)
    {
        switch (s?.Trim().ToUpperInvariant())
        {
            case "STANDARD":
                rateClass = VatRateClass.Standard;
                return true;
            case "REDUCED":
                rateClass = VatRateClass.Reduced;
                return true;
            case "SUPER-REDUCED":
                rateClass = VatRateClass.SuperReduced;
                return true;
            default:
                rateClass = default;
                return false;
        }
    }

    /// <summary>The wire code of a rate class: "standard", "reduced" or "super-reduced".</summary>
    public static string ToCode(VatRateClass rateClass) => rateClass switch
    {
        VatRateClass.Standard => "standard",
        VatRateClass.Reduced => "reduced",
        VatRateClass.SuperReduced => "super-reduced",
        _ => throw new ArgumentOutOfRangeException(nameof(rateClass), rateClass, "Unknown VAT rate class."),
    };

    // A rate of 13 instead of 0.13 is the classic bug; refuse it rather than charge 1300 %.
    private static void CheckRate(decimal rate)
    {
        if (rate is < 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "VAT rate must be a fraction between 0 and 1, e.g. 0.13m.");
        }
    }
}
