using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Orders;

/// <summary>A priced order line: net, VAT and gross at the rate that applies to the sale.</summary>
/// <param name="Key">The caller's key of the line.</param>
/// <param name="Quantity">Items bought.</param>
/// <param name="UnitGross">Catalogue price of one item.</param>
/// <param name="Net">Net value of the line, rounded to cents.</param>
/// <param name="VatAmount">VAT of the line.</param>
/// <param name="Gross">What the buyer pays for the line (net + VAT).</param>
/// <param name="Vat">The VAT decision (rate, myDATA category, rule).</param>
public sealed record PricedLine(string Key, int Quantity, Money UnitGross, Money Net, Money VatAmount, Money Gross, VatDecision Vat);
