namespace Dixis.Api.Features.Orders;

/// <summary>Place the cart as orders, one per producer.</summary>
/// <param name="Email">Where the order mails go; signed-in buyers may leave it empty (their account email is used).</param>
/// <param name="BuyerType">consumer (retail receipt) or business (sales invoice; AFM required).</param>
/// <param name="Afm">Business buyer's tax id (9 digits, checked).</param>
/// <param name="Name">Recipient's name (or the business's name).</param>
/// <param name="Phone">Phone for the courier (Greek, optional).</param>
/// <param name="Street">Street and number.</param>
/// <param name="City">City or village.</param>
/// <param name="PostalCode">Greek postal code, NNNNN or NNN NN.</param>
/// <param name="PaymentMethod">card (paid on the gateway's page) or cod (cash on delivery, with its fee); default card.</param>
/// <param name="PickupProducerIds">Producers whose part the buyer collects in person (no shipping).</param>
/// <param name="ExpectedTotal">The total the buyer saw; when given and different, the checkout is refused with 409.</param>
public sealed record CheckoutRequest(
    string? Email,
    string? BuyerType,
    string? Afm,
    string? Name,
    string? Phone,
    string? Street,
    string? City,
    string? PostalCode,
    string? PaymentMethod,
    IReadOnlyList<Guid>? PickupProducerIds,
    decimal? ExpectedTotal);

/// <summary>Price the cart for an address without placing anything.</summary>
/// <param name="PostalCode">Delivery postal code.</param>
/// <param name="BuyerType">consumer or business (default consumer).</param>
/// <param name="PaymentMethod">Payment method, for the COD fee (default a card payment).</param>
/// <param name="PickupProducerIds">Producers whose part the buyer collects.</param>
/// <param name="Items">Products to quote; when empty, the current cart.</param>
public sealed record ShippingQuoteRequest(string? PostalCode, string? BuyerType, string? PaymentMethod, IReadOnlyList<Guid>? PickupProducerIds, IReadOnlyList<QuoteItem>? Items);

/// <summary>A product and quantity to quote.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">Items, 1–999.</param>
public sealed record QuoteItem(Guid ProductId, int Quantity);

/// <summary>The result of a checkout.</summary>
/// <param name="CheckoutId">Id of the checkout group (one payment for all its orders).</param>
/// <param name="Status">AwaitingPayment, Confirmed or Cancelled.</param>
/// <param name="Total">What the buyer pays in all.</param>
/// <param name="Orders">One order per producer.</param>
/// <param name="Payment">How to pay: the provider and the page to send the buyer to (none for cash on delivery).</param>
public sealed record CheckoutResponse(Guid CheckoutId, string Status, decimal Total, IReadOnlyList<OrderResponse> Orders, PaymentStartResponse? Payment);

/// <summary>Where to send the buyer to pay.</summary>
/// <param name="Provider">Payment provider.</param>
/// <param name="PaymentId">Our payment id.</param>
/// <param name="RedirectUrl">The provider's payment page; null when there is nothing to do online.</param>
public sealed record PaymentStartResponse(string Provider, Guid PaymentId, string? RedirectUrl);

/// <summary>A price quote per producer.</summary>
/// <param name="Orders">What each producer's order would cost.</param>
/// <param name="Total">Sum of the orders.</param>
public sealed record QuoteResponse(IReadOnlyList<OrderQuote> Orders, decimal Total);

/// <summary>One producer's quote.</summary>
/// <param name="ProducerId">Producer.</param>
/// <param name="ProducerName">Business name.</param>
/// <param name="ShippingMethod">Courier or Pickup.</param>
/// <param name="ShippingZone">Zone of the postal code (null for pickup).</param>
/// <param name="WeightGrams">Parcel weight.</param>
/// <param name="ShippingListPrice">Table price before any waiver.</param>
/// <param name="Shipping">Shipping charged.</param>
/// <param name="FreeShippingApplied">True when the producer's threshold made shipping free.</param>
/// <param name="AmountToFreeShipping">Goods value still missing for free shipping.</param>
/// <param name="CashOnDeliveryFee">COD fee.</param>
/// <param name="GoodsTotal">Goods, gross.</param>
/// <param name="Net">Net total.</param>
/// <param name="Vat">VAT total.</param>
/// <param name="Total">Order total.</param>
/// <param name="Lines">Priced lines.</param>
/// <param name="VatBreakdown">Net, VAT and gross per rate.</param>
public sealed record OrderQuote(
    Guid ProducerId,
    string ProducerName,
    string ShippingMethod,
    string? ShippingZone,
    int WeightGrams,
    decimal ShippingListPrice,
    decimal Shipping,
    bool FreeShippingApplied,
    decimal? AmountToFreeShipping,
    decimal CashOnDeliveryFee,
    decimal GoodsTotal,
    decimal Net,
    decimal Vat,
    decimal Total,
    IReadOnlyList<OrderLineResponse> Lines,
    IReadOnlyList<VatLineResponse> VatBreakdown);

/// <summary>An order as its buyer, its producer or an admin sees it.</summary>
/// <param name="Id">Order id.</param>
/// <param name="Number">Order number.</param>
/// <param name="CheckoutId">Checkout group.</param>
/// <param name="ProducerId">Seller.</param>
/// <param name="ProducerName">Seller's business name.</param>
/// <param name="Status">Pending, Confirmed, Processing, Shipped, Delivered or Cancelled.</param>
/// <param name="BuyerType">Consumer or Business.</param>
/// <param name="PaymentMethod">Payment provider: sandbox, viva or cod.</param>
/// <param name="ShippingMethod">Courier or Pickup.</param>
/// <param name="ShippingZone">Delivery zone.</param>
/// <param name="GoodsTotal">Goods, gross.</param>
/// <param name="Shipping">Shipping, gross.</param>
/// <param name="CashOnDeliveryFee">COD fee, gross.</param>
/// <param name="Net">Net total.</param>
/// <param name="Vat">VAT total.</param>
/// <param name="Total">Order total.</param>
/// <param name="Lines">Goods.</param>
/// <param name="VatBreakdown">Per rate over goods and charges.</param>
/// <param name="Carrier">Carrier once shipped.</param>
/// <param name="TrackingCode">Carrier's tracking code once shipped.</param>
/// <param name="TrackingPath">Link that shows this order without logging in.</param>
/// <param name="InvoiceId">Receipt or invoice once issued.</param>
/// <param name="CreatedAt">When it was placed.</param>
/// <param name="History">Status changes, oldest first.</param>
public sealed record OrderResponse(
    Guid Id,
    string Number,
    Guid CheckoutId,
    Guid ProducerId,
    string ProducerName,
    string Status,
    string BuyerType,
    string PaymentMethod,
    string ShippingMethod,
    string? ShippingZone,
    decimal GoodsTotal,
    decimal Shipping,
    decimal CashOnDeliveryFee,
    decimal Net,
    decimal Vat,
    decimal Total,
    IReadOnlyList<OrderLineResponse> Lines,
    IReadOnlyList<VatLineResponse> VatBreakdown,
    string? Carrier,
    string? TrackingCode,
    string TrackingPath,
    Guid? InvoiceId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<StatusChangeResponse> History);

/// <summary>A priced line.</summary>
/// <param name="ProductId">Product.</param>
/// <param name="Name">Product name at the time of the order.</param>
/// <param name="Quantity">Items.</param>
/// <param name="UnitPrice">Catalogue price of one item.</param>
/// <param name="Net">Net value.</param>
/// <param name="VatPercent">VAT rate in percent.</param>
/// <param name="VatCategory">myDATA VAT category.</param>
/// <param name="Vat">VAT amount.</param>
/// <param name="Total">Line total, gross.</param>
/// <param name="VatRule">Which VAT rule applied.</param>
public sealed record OrderLineResponse(Guid ProductId, string Name, int Quantity, decimal UnitPrice, decimal Net, int VatPercent, int VatCategory, decimal Vat, decimal Total, string VatRule);

/// <summary>Amounts at one VAT rate.</summary>
/// <param name="VatPercent">Rate in percent.</param>
/// <param name="VatCategory">myDATA VAT category.</param>
/// <param name="Net">Net.</param>
/// <param name="Vat">VAT.</param>
/// <param name="Gross">Gross.</param>
public sealed record VatLineResponse(int VatPercent, int VatCategory, decimal Net, decimal Vat, decimal Gross);

/// <summary>One step of the history.</summary>
/// <param name="From">Previous status (null when placed).</param>
/// <param name="To">New status.</param>
/// <param name="Actor">System, Producer or Admin.</param>
/// <param name="Note">Why, when given.</param>
/// <param name="At">When.</param>
public sealed record StatusChangeResponse(string? From, string To, string Actor, string? Note, DateTimeOffset At);

/// <summary>A producer or admin moves an order.</summary>
/// <param name="Status">Processing, Shipped, Delivered or Cancelled.</param>
/// <param name="Carrier">Required when shipping.</param>
/// <param name="TrackingCode">Required when shipping.</param>
/// <param name="Note">Optional note kept in the history (e.g. why it was cancelled).</param>
public sealed record OrderStatusRequest(string? Status, string? Carrier, string? TrackingCode, string? Note);
