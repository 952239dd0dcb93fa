namespace Dixis.Domain.Invoicing;

/// <summary>Rates of the myDATA VAT categories.</summary>
public static class VatCategories
{
    /// <summary>The rate as a whole percent (0 for exempt).</summary>
    public static int Percent(VatCategory category) => category switch
    {
        VatCategory.Standard24 => 24,
        VatCategory.Reduced13 => 13,
        VatCategory.SuperReduced6 => 6,
        VatCategory.IslandStandard17 => 17,
        VatCategory.IslandReduced9 => 9,
        VatCategory.IslandSuperReduced4 => 4,
        VatCategory.Exempt => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown VAT category."),
    };

    /// <summary>The rate as a fraction (0.13m), ready for <see cref="Vat.VatMath"/>.</summary>
    public static decimal Rate(VatCategory category) => Percent(category) / 100m;

    /// <summary>The category of a VAT engine decision (its <c>MyDataVatCategory</c>, 1–6).</summary>
    public static VatCategory FromMyDataCode(int code) =>
        code is >= 1 and <= 7 ? (VatCategory)code : throw new ArgumentOutOfRangeException(nameof(code), code, "myDATA VAT categories Dixis uses are 1–7.");
}
