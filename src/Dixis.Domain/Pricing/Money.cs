using System.Globalization;

namespace Dixis.Domain.Pricing;

/// <summary>An amount in euros. Dixis trades in EUR only, so there is no currency field.</summary>
/// <param name="Amount">The amount; may carry more than two decimals until <see cref="Round"/> is applied.</param>
public readonly record struct Money(decimal Amount) : IComparable<Money>
{
    private static readonly NumberFormatInfo GreekNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
    private static readonly NumberFormatInfo EnglishNumbers = new() { NumberDecimalSeparator = ".", NumberGroupSeparator = "," };

    /// <summary>Zero euros.</summary>
    public static Money Zero { get; } = new(0m);

    /// <summary>The amount for a whole number of cents (1250 → 12.50).</summary>
    public static Money FromCents(long cents) => new(cents / 100m);

    /// <summary>The amount in cents after <see cref="Round"/>.</summary>
    public long Cents => (long)(Round().Amount * 100m);

    /// <summary>
    /// The one rounding rule of Dixis: two decimals, half away from zero (0.005 → 0.01). This is the commercial
    /// "half-up" rounding used on Greek invoices and expected by AADE myDATA, not .NET's default banker's rounding.
    /// </summary>
    public Money Round() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero));

    /// <summary>Sum of two amounts (exact; round when a total is final).</summary>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount);

    /// <summary>Difference of two amounts (exact).</summary>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount);

    /// <summary>Negated amount, e.g. for credit notes.</summary>
    public static Money operator -(Money value) => new(-value.Amount);

    /// <summary>Amount times a factor (quantity, rate); the product is rounded to cents.</summary>
    public static Money operator *(Money left, decimal factor) => new Money(left.Amount * factor).Round();

    /// <summary>Factor times an amount; the product is rounded to cents.</summary>
    public static Money operator *(decimal factor, Money right) => right * factor;

    /// <summary>Compares amounts.</summary>
    public static bool operator <(Money left, Money right) => left.Amount < right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator >(Money left, Money right) => left.Amount > right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;

    /// <summary>Named alternative to <c>+</c>.</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Named alternative to binary <c>-</c>.</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Named alternative to <c>*</c> (rounded).</summary>
    public static Money Multiply(Money left, decimal factor) => left * factor;

    /// <summary>Named alternative to unary <c>-</c>.</summary>
    public static Money Negate(Money value) => -value;

    /// <inheritdoc />
    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>
    /// Splits this amount (rounded to cents) in proportion to <paramref name="weights"/> so that the parts add up
    /// exactly, giving leftover cents to the largest remainders (earlier parts win ties). Used to spread a discount
    /// or shipping fee over order lines. All-zero weights split evenly.
    /// </summary>
    /// <exception cref="ArgumentException">No weights, or a negative weight.</exception>
    public IReadOnlyList<Money> Apportion(IReadOnlyList<Money> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        if (weights.Any(w => w.Amount < 0m))
        {
            throw new ArgumentException("Weights cannot be negative.", nameof(weights));
        }

        var totalWeight = weights.Sum(w => w.Amount);
        var even = totalWeight == 0m;
        var cents = Cents;
        var sign = Math.Sign(cents);
        var absCents = Math.Abs(cents);

        var parts = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = even ? (decimal)absCents / weights.Count : absCents * weights[i].Amount / totalWeight;
            parts[i] = (long)Math.Floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }

        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i);
        foreach (var i in order.Take((int)(absCents - given)))
        {
            parts[i]++;
        }

        return parts.Select(p => FromCents(sign * p)).ToArray();
    }

    /// <summary>Display text: "1.234,50 €" in Greek (el-GR, the default), "€1,234.50" in English.</summary>
    public string Format(bool greek = true)
    {
        var rounded = Round().Amount;
        var digits = Math.Abs(rounded).ToString("#,##0.00", greek ? GreekNumbers : EnglishNumbers);
        var sign = rounded < 0m ? "-" : string.Empty;
        return greek ? $"{sign}{digits} €" : $"{sign}€{digits}";
    }

    /// <summary>English display text, for logs and debugging.</summary>
    public override string ToString() => Format(greek: false);
}
