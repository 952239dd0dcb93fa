using Dixis.Domain.Greek;
using Dixis.Domain.Orders;
using Dixis.Domain.Shipping;
using Dixis.Domain.Vat;

namespace Dixis.Infrastructure.Data.Orders;

/// <summary>One producer's part of a checkout. The producer is the seller of record.</summary>
public sealed class Order
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Human order number, e.g. DX-20261126-7K3QF9.</summary>
    public required string Number { get; set; }

    public Guid CheckoutGroupId { get; set; }

    public Guid ProducerId { get; set; }

    public Guid? BuyerUserId { get; set; }

    public required string BuyerEmail { get; set; }

    public BuyerType BuyerType { get; set; }

    /// <summary>Tax id of a business buyer.</summary>
    public string? BuyerAfm { get; set; }

    public required string BuyerName { get; set; }

    public string? BuyerPhone { get; set; }

    public required string DeliveryStreet { get; set; }

    public required string DeliveryCity { get; set; }

    public required string DeliveryPostalCode { get; set; }

    public ShippingMethod ShippingMethod { get; set; }

    public ShippingZone? ShippingZone { get; set; }

    public int WeightGrams { get; set; }

    public decimal GoodsGross { get; set; }

    public decimal ShippingGross { get; set; }

    public decimal CashOnDeliveryFee { get; set; }

    public decimal Net { get; set; }

    public decimal Vat { get; set; }

    public decimal Total { get; set; }

    /// <summary>Dixis's commission on the goods, net of VAT, fixed at checkout.</summary>
    public decimal CommissionNet { get; set; }

    public required string PaymentMethod { get; set; }

    public OrderStatus Status { get; set; }

    public string? Carrier { get; set; }

    public string? TrackingCode { get; set; }

    /// <summary>Secret for the tracking link that works without logging in.</summary>
    public required string TrackingToken { get; set; }

    /// <summary>Tax point: the Europe/Athens date of the checkout.</summary>
    public DateOnly TaxDate { get; set; }

    /// <summary>The receipt or invoice issued once paid.</summary>
    public Guid? InvoiceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<OrderLine> Lines { get; } = [];

    public List<OrderChargePart> ChargeParts { get; } = [];

    public List<OrderStatusChange> History { get; } = [];
}
