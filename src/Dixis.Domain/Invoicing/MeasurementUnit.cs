namespace Dixis.Domain.Invoicing;

/// <summary>myDATA measurement units Dixis uses (the enum value is the code sent to AADE).</summary>
public enum MeasurementUnit
{
    /// <summary>1: τεμάχια.</summary>
    Pieces = 1,

    /// <summary>2: κιλά.</summary>
    Kilograms = 2,

    /// <summary>3: λίτρα.</summary>
    Litres = 3,

    /// <summary>
    /// No quantity sent to myDATA (shipping, fees, commission, amount-only credit lines): code 7 would need a
    /// title and an integer count, so such lines leave quantity and unit out of the XML.
    /// </summary>
    None = 0,
}
