namespace Dixis.Domain.Greek;

/// <summary>
/// A Greek IBAN (ISO 13616): <c>GR</c>, two check digits and 23 digits (bank, branch, account), 27 characters in all.
/// The mod-97 check catches every single-character typo and nearly every swap of two neighbours.
/// </summary>
public static class GreekIban
{
    public const int Length = 27;

    /// <summary>The IBAN without spaces and in upper case, or null when it is not a valid Greek IBAN.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var compact = string.Concat(input.Where(c => c != ' ')).ToUpperInvariant();
        return IsValid(compact) ? compact : null;
    }

    /// <summary>Whether <paramref name="iban"/> (compact, upper case) is a Greek IBAN whose check digits hold.</summary>
    public static bool IsValid(string iban)
    {
        if (iban.Length != Length || !iban.StartsWith("GR", StringComparison.Ordinal) || !iban.AsSpan(2).ToString().All(char.IsAsciiDigit))
        {
            return false;
        }

        // Move country and check digits to the end, letters as numbers (G = 16, R = 27), then mod 97 must be 1.
        var rearranged = string.Concat(iban.AsSpan(4), "1627", iban.AsSpan(2, 2));
        var remainder = 0;
        foreach (var c in rearranged)
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        return remainder == 1;
    }

    /// <summary>Groups of four as printed on bank statements: <c>GR16 0110 1250 …</c>.</summary>
    public static string Format(string iban) =>
        string.Join(' ', Enumerable.Range(0, (iban.Length + 3) / 4).Select(i => iban.Substring(i * 4, Math.Min(4, iban.Length - (i * 4)))));
}
