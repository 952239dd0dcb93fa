namespace Dixis.Infrastructure.Gdpr;

// The rows of a data export: flat records, each written to the ZIP as JSON and as CSV. They name the fields in the
// person's terms; nothing here is read back by Dixis.

/// <summary>The account.</summary>
public sealed record ExportProfile(Guid Id, string? Email, string? PhoneNumber, string DisplayName, string? Afm, string PreferredCulture,
    string Roles, bool EmailConfirmed, bool TwoFactorEnabled, DateTimeOffset CreatedAt);

/// <summary>A saved address.</summary>
public sealed record ExportAddress(Guid Id, string Label, string FullName, string Street, string City, string PostalCode, string? Phone, bool IsDefault);

/// <summary>An order as bought.</summary>
public sealed record ExportOrder(Guid Id, string Number, string Status, DateTimeOffset CreatedAt, string BuyerEmail, string BuyerName, string? BuyerPhone,
    string? BuyerAfm, string DeliveryStreet, string DeliveryCity, string DeliveryPostalCode, string ShippingMethod, string PaymentMethod,
    decimal GoodsGross, decimal ShippingGross, decimal CashOnDeliveryFee, decimal Net, decimal Vat, decimal Total, string? Carrier, string? TrackingCode);

/// <summary>A line of an order.</summary>
public sealed record ExportOrderLine(Guid OrderId, string OrderNumber, string Product, int Quantity, decimal UnitGross, int VatPercent, decimal Net, decimal Vat, decimal Gross);

/// <summary>A receipt, invoice or credit note issued to the person (its PDF is beside it in the ZIP when stored).</summary>
public sealed record ExportInvoice(Guid Id, string Type, string Series, long Number, DateOnly IssueDate, string IssuerName, string IssuerAfm,
    string? CounterpartName, string? CounterpartAfm, decimal TotalNet, decimal TotalVat, decimal TotalGross, long? Mark, string? PdfFile);

/// <summary>A product in a cart.</summary>
public sealed record ExportCartItem(Guid CartId, Guid ProductId, int Quantity, decimal PriceSeen, DateTimeOffset AddedAt);

/// <summary>A consent decision.</summary>
public sealed record ExportConsent(string Purpose, bool Granted, string PolicyVersion, string Source, DateTimeOffset RecordedAt);

/// <summary>A recorded access to the person's data (by staff, or the person's own requests).</summary>
public sealed record ExportAuditEntry(DateTimeOffset At, string ActorRole, string Action, string Resource, string Reason);

/// <summary>The person's producer business, when they have one.</summary>
public sealed record ExportProducer(Guid Id, string BusinessName, string Afm, string TaxOffice, string? Iban, string Street, string City, string PostalCode,
    string Description, string Status, DateTimeOffset CreatedAt);

/// <summary>A product of the person's producer business.</summary>
public sealed record ExportProduct(Guid Id, string Name, string Description, decimal Price, int? Stock, string Approval, DateTimeOffset CreatedAt);
