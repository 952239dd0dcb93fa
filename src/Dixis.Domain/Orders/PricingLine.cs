using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Orders;

/// <summary>One product in a basket, with the two VAT decisions that price it.</summary>
/// <param name="Key">Caller's key for the line (e.g. the product id).</param>
/// <param name="UnitGross">Catalogue price of one item: gross at the producer's home rate.</param>
/// <param name="Quantity">Items bought (at least 1).</param>
/// <param name="HomeVat">The rate the catalogue price includes: what a consumer buying from this producer pays.</param>
/// <param name="Vat">The rate that applies to this sale (buyer, delivery address, date).</param>
public sealed record PricingLine(string Key, Money UnitGross, int Quantity, VatDecision HomeVat, VatDecision Vat);
