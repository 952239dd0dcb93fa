using System.Diagnostics.CodeAnalysis;

namespace Dixis.Domain.Greek;

/// <summary>A Greek postal code (ΤΚ): exactly five digits, written <c>NNN NN</c>.</summary>
/// <remarks>Only the format is checked here; whether the code is allocated is <see cref="PostalCodeDirectory"/>'s job.</remarks>
public readonly record struct PostalCode : IParsable<PostalCode>
{
    private readonly string? _value;

    private PostalCode(string value) => _value = value;

    /// <summary>The five digits without a space, e.g. <c>81100</c>. Empty for <c>default(PostalCode)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The conventional Greek spelling with a space after the third digit, e.g. <c>811 00</c>.</summary>
    public string Formatted => Value.Length == 5 ? $"{Value[..3]} {Value[3..]}" : Value;

    /// <summary>The first two digits (the postal region), e.g. 81 for Lesvos; 0 for <c>default(PostalCode)</c>.</summary>
    public int Prefix2 => Value.Length == 5 ? ((Value[0] - '0') * 10) + (Value[1] - '0') : 0;

    /// <summary>The first three digits, e.g. 811; 0 for <c>default(PostalCode)</c>.</summary>
    public int Prefix3 => Value.Length == 5 ? (Prefix2 * 10) + (Value[2] - '0') : 0;

    /// <summary>Parses <c>NNNNN</c> or <c>NNN NN</c> (surrounding whitespace ignored); nothing else is accepted.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out PostalCode code)
    {
        code = default;
        if (s is null)
        {
            return false;
        }

        var t = s.Trim();
        string digits;
        if (t.Length == 5)
        {
            digits = t;
        }
        else if (t.Length == 6 && t[3] == ' ')
        {
            digits = string.Concat(t.AsSpan(0, 3), t.AsSpan(4, 2));
        }
        else
        {
            return false;
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        code = new PostalCode(digits);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse(string?, out PostalCode)"/>; throws <see cref="FormatException"/> on bad input.</summary>
    public static PostalCode Parse(string s) =>
        TryParse(s, out var code) ? code : throw new FormatException($"'{s}' is not a Greek postal code (expected NNNNN or NNN NN).");

    /// <inheritdoc />
    public static PostalCode Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PostalCode result) =>
        TryParse(s, out result);

    /// <summary>Returns <see cref="Value"/> (no space), the form stored and sent to carriers.</summary>
    public override string ToString() => Value;
}
