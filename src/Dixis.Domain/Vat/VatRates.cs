namespace Dixis.Domain.Vat;

/// <summary>Rate and myDATA category for each rate class, normal and island-reduced (30 % lower).</summary>
internal static class VatRates
{
    public static (int Percent, int MyDataCategory) For(VatRateClass rateClass, bool islandReduced) => (rateClass, islandReduced) switch
    {
        (VatRateClass.Standard, false) => (24, 1),
        (VatRateClass.Reduced, false) => (13, 2),
        (VatRateClass.SuperReduced, false) => (6, 3),
        (VatRateClass.Standard, true) => (17, 4),
        (VatRateClass.Reduced, true) => (9, 5),
        (VatRateClass.SuperReduced, true) => (4, 6),
        _ => throw new ArgumentOutOfRangeException(nameof(rateClass), rateClass, "Unknown VAT rate class."),
    };
}
