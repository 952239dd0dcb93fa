namespace Dixis.Domain.Greek;

/// <summary>Validation and formatting of the Greek tax registration number (ΑΦΜ).</summary>
public static class Afm
{
    private const string EuPrefix = "EL";

    /// <summary>
    /// Validates an AFM. Trims, accepts an optional <c>EL</c> prefix (any case, optionally followed by one space),
    /// then requires 9 ASCII digits, not all zeros, with a correct check digit.
    /// </summary>
    public static AfmValidation Validate(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        var digits = StripEuPrefix(trimmed);

        if (digits.Length == 0)
        {
            return new AfmValidation(trimmed, false, AfmReasons.Empty);
        }

        // Inner spaces or dashes are rejected on purpose: AFMs are always written as one 9-digit run,
        // so anything else is more likely a different number pasted by mistake.
        if (!digits.All(char.IsAsciiDigit))
        {
            return new AfmValidation(trimmed, false, AfmReasons.NotDigits);
        }

        if (digits.Length != 9)
        {
            return new AfmValidation(trimmed, false, AfmReasons.WrongLength);
        }

        // 000000000 satisfies the checksum arithmetically, so it needs its own rule.
        if (digits.All(c => c == '0'))
        {
            return new AfmValidation(digits, false, AfmReasons.AllZeros);
        }

        return CheckDigitMatches(digits)
            ? new AfmValidation(digits, true, null)
            : new AfmValidation(digits, false, AfmReasons.Checksum);
    }

    /// <summary>Returns the EU VAT identifier (<c>EL</c> + AFM). Throws <see cref="ArgumentException"/> for an invalid AFM.</summary>
    public static string ToEuVatId(string afm)
    {
        var result = Validate(afm);
        if (!result.Valid)
        {
            throw new ArgumentException($"Not a valid AFM ({result.Reason}).", nameof(afm));
        }

        return EuPrefix + result.Afm;
    }

    /// <summary>Human-readable message for a reason code, in Greek (<paramref name="greek"/> true) or English.</summary>
    public static string Describe(string reason, bool greek) => reason switch
    {
        AfmReasons.Empty => greek ? "Συμπληρώστε το ΑΦΜ." : "Please enter the tax number (AFM).",
        AfmReasons.NotDigits => greek ? "Το ΑΦΜ πρέπει να περιέχει μόνο ψηφία." : "The AFM must contain digits only.",
        AfmReasons.WrongLength => greek ? "Το ΑΦΜ πρέπει να έχει ακριβώς 9 ψηφία." : "The AFM must have exactly 9 digits.",
        AfmReasons.AllZeros => greek ? "Το ΑΦΜ δεν μπορεί να αποτελείται μόνο από μηδενικά." : "The AFM cannot be all zeros.",
        AfmReasons.Checksum => greek ? "Το ΑΦΜ δεν είναι έγκυρο (λάθος ψηφίο ελέγχου)." : "The AFM is not valid (wrong check digit).",
        // Unknown codes get a generic message rather than an exception: this text is shown to users.
        _ => greek ? "Μη έγκυρο ΑΦΜ." : "Invalid AFM.",
    };

    private static string StripEuPrefix(string value)
    {
        if (value.Length >= 2 && value.StartsWith(EuPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var rest = value[2..];
            return rest.StartsWith(' ') ? rest[1..] : rest;
        }

        return value;
    }

    // s = Σ d_i·2^(9−i) for i = 1..8; valid when (s mod 11) mod 10 equals the ninth digit.
    private static bool CheckDigitMatches(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') << (8 - i);
        }

        return sum % 11 % 10 == digits[8] - '0';
    }
}
