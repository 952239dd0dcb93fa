using PhoneNumbers;

namespace Dixis.Domain.Greek;

/// <summary>Normalises Greek phone numbers to E.164 with libphonenumber (region GR).</summary>
public static class GreekPhone
{
    private const string Region = "GR";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Accepts a Greek mobile or landline number written nationally (<c>6912345678</c>, <c>210 1234567</c>) or
    /// internationally (<c>+30 …</c>, <c>0030 …</c>) and returns it as E.164 (<c>+306912345678</c>).
    /// Foreign, short, premium-rate, toll-free and lettered numbers are rejected.
    /// </summary>
    public static bool TryNormalize(string? input, out string e164, out PhoneKind kind)
    {
        e164 = string.Empty;
        kind = default;
        if (string.IsNullOrWhiteSpace(input) || !HasOnlyPhoneCharacters(input.Trim()))
        {
            return false;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(input, Region);
        }
        catch (NumberParseException)
        {
            return false;
        }

        if (!Util.IsValidNumberForRegion(number, Region))
        {
            return false;
        }

        PhoneKind? detected = Util.GetNumberType(number) switch
        {
            PhoneNumberType.MOBILE => PhoneKind.Mobile,
            PhoneNumberType.FIXED_LINE => PhoneKind.Landline,
            _ => null,
        };
        if (detected is null)
        {
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        kind = detected.Value;
        return true;
    }

    // libphonenumber maps letters to digits (vanity numbers) and ignores much punctuation; a checkout form
    // should not guess, so only digits, a leading '+', spaces and the usual separators are allowed.
    private static bool HasOnlyPhoneCharacters(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')' || (c == '+' && i == 0);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
