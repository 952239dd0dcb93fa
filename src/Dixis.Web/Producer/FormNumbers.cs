using System.Globalization;

namespace Dixis.Web.Producer;

/// <summary>Numbers as people type them in Greek or English forms: <c>9,80</c> and <c>9.80</c> are the same price.</summary>
public static class FormNumbers
{
    /// <summary>Null for an empty field; false when the text is not a number.</summary>
    public static bool TryDecimal(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var normal = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(normal, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Null for an empty field; false when the text is not a whole number.</summary>
    public static bool TryInt(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>How a number is written back into a field.</summary>
    public static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
