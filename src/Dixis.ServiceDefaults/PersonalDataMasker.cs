using System.Text.RegularExpressions;
using Serilog.Events;

namespace Dixis.ServiceDefaults;

/// <summary>
/// What counts as personal data in a log event, and its masked form. Two rules: a property whose name says it holds
/// personal data (email, phone, street, address, IBAN, a person's name; also passwords, tokens and cookies) loses its
/// value whatever it is; in every other text (property values, the message template, exception text) emails, Greek
/// phone numbers (+30, 69… mobiles, 2… landlines) and IBANs are replaced where they appear.
/// </summary>
public static partial class PersonalDataMasker
{
    public const string Masked = "***";

    // Parts of property names; compared case-insensitively against the whole name.
    private static readonly string[] SensitiveNameParts =
    [
        "email", "e-mail", "phone", "mobile", "street", "address", "iban", "displayname", "fullname", "firstname", "lastname", "surname",
        "recipient", "customername", "buyername", "contactname", "username", "password", "secret", "token", "cookie", "authorization",
    ];

    /// <summary>Whether a property of this name carries personal data by its nature.</summary>
    public static bool IsSensitiveName(string name)
    {
        foreach (var part in SensitiveNameParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with emails, Greek phone numbers and IBANs replaced.</summary>
    public static string MaskText(string text)
    {
        if (text.Length < 6)
        {
            return text;
        }

        var masked = Email().Replace(text, "[email]");
        masked = Iban().Replace(masked, "[iban]");
        return GreekPhone().Replace(masked, "[phone]");
    }

    /// <summary>A property value with personal data masked; the same instance when nothing needed masking.</summary>
    public static LogEventPropertyValue MaskValue(string name, LogEventPropertyValue value)
    {
        if (IsSensitiveName(name))
        {
            return value is ScalarValue { Value: null } ? value : new ScalarValue(Masked);
        }

        return MaskValue(value);
    }

    private static LogEventPropertyValue MaskValue(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var masked = MaskText(text);
                return ReferenceEquals(masked, text) || masked == text ? value : new ScalarValue(masked);
            case ScalarValue { Value: not null and not IConvertible and not Guid and not DateTimeOffset and not TimeSpan } scalar:
                // An object logged as a scalar (an address, a mail address...) is written by its ToString.
                var written = scalar.Value.ToString() ?? string.Empty;
                var maskedObject = MaskText(written);
                return maskedObject == written ? value : new ScalarValue(maskedObject);
            case StructureValue structure:
                return new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, MaskValue(p.Name, p.Value))), structure.TypeTag);
            case SequenceValue sequence:
                return new SequenceValue(sequence.Elements.Select(MaskValue));
            case DictionaryValue dictionary:
                return new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                    e.Key, e.Key.Value is string key ? MaskValue(key, e.Value) : MaskValue(e.Value))));
            default:
                return value;
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();

    // +30 / 0030 optional, then a mobile (69x) or a landline (2xx) in 3-3-4 digits with optional spaces, dots or dashes;
    // not inside a longer run of digits or letters (ids, order codes).
    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|00)30[\s.\-]?)?(?:69\d|2\d\d)[\s.\-]?\d{3}[\s.\-]?\d{4}(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex GreekPhone();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Iban();
}
