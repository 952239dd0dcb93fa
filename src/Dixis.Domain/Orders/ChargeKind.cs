namespace Dixis.Domain.Orders;

/// <summary>A charge on an order besides the goods.</summary>
public enum ChargeKind
{
    /// <summary>Courier shipping.</summary>
    Shipping,

    /// <summary>The cash-on-delivery fee.</summary>
    CashOnDeliveryFee,
}
