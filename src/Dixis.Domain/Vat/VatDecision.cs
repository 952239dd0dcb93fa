namespace Dixis.Domain.Vat;

/// <summary>The VAT rate that applies to a line, and why.</summary>
/// <param name="Rate">Rate as a fraction, e.g. 0.13m; pass it to <see cref="VatMath"/>.</param>
/// <param name="RatePercent">Rate in whole percent, e.g. 13.</param>
/// <param name="MyDataVatCategory">AADE myDATA VAT category: 1 = 24 %, 2 = 13 %, 3 = 6 %, 4 = 17 %, 5 = 9 %, 6 = 4 %.</param>
/// <param name="IslandReduced">True when the 30 % island reduction applied.</param>
/// <param name="Rule">Which branch decided, one of <see cref="VatRules"/>.</param>
/// <param name="Island">Key of the island whose status decided (e.g. "lesvos"), or null when no island was involved.</param>
public sealed record VatDecision(decimal Rate, int RatePercent, int MyDataVatCategory, bool IslandReduced, string Rule, string? Island);
