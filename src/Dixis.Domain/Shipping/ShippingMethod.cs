namespace Dixis.Domain.Shipping;

/// <summary>How one producer's part of an order reaches the buyer.</summary>
public enum ShippingMethod
{
    /// <summary>Courier delivery to the buyer's address, priced by zone and weight.</summary>
    Courier,

    /// <summary>The buyer collects from the producer; free.</summary>
    Pickup,
}
