using Dixis.Domain.Pricing;

namespace Dixis.Domain.Orders;

/// <summary>Amounts at one VAT rate: a part of a charge, or one line of an order's VAT breakdown.</summary>
/// <param name="RatePercent">Rate in whole percent.</param>
/// <param name="MyDataVatCategory">AADE myDATA VAT category of the rate.</param>
/// <param name="Net">Net amount.</param>
/// <param name="Vat">VAT amount.</param>
/// <param name="Gross">Net + VAT.</param>
public sealed record VatPart(int RatePercent, int MyDataVatCategory, Money Net, Money Vat, Money Gross);
