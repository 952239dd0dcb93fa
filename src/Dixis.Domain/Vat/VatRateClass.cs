namespace Dixis.Domain.Vat;

/// <summary>VAT rate class of a product (the class belongs to the product, not to its category).</summary>
public enum VatRateClass
{
    /// <summary>24 % (17 % on qualifying islands): wine, spirits, flavoured honey, plant milks, non-food.</summary>
    Standard,

    /// <summary>13 % (9 % on qualifying islands): nearly all food.</summary>
    Reduced,

    /// <summary>6 % (4 % on qualifying islands): books, medicines; not a food rate.</summary>
    SuperReduced,
}
