using Dixis.Domain.Greek;

namespace Dixis.Domain.Vat;

/// <summary>Everything the VAT rule needs to price one order line.</summary>
/// <param name="RateClass">The product's rate class.</param>
/// <param name="SellerPostalCode">Postal code of the seller's establishment.</param>
/// <param name="StockPostalCode">Postal code where the goods are located when sold (the producer's stock).</param>
/// <param name="DeliveryPostalCode">Delivery postal code; for a business buyer, on the island where it is established.</param>
/// <param name="BuyerType">Consumer or business.</param>
/// <param name="Date">Tax point (Europe/Athens business date) used to pick the island table entries in force.</param>
public sealed record VatQuery(
    VatRateClass RateClass,
    PostalCode SellerPostalCode,
    PostalCode StockPostalCode,
    PostalCode DeliveryPostalCode,
    BuyerType BuyerType,
    DateOnly Date);
