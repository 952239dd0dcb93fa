using Dixis.Domain.Invoicing;

namespace Dixis.Infrastructure.Data.Invoicing;

/// <summary>
/// An issued receipt, invoice or credit note: what was printed and sent to myDATA, frozen at issue time (parties
/// and lines are copies, not references, so later profile changes never alter an issued document).
/// </summary>
public sealed class Invoice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public InvoiceType Type { get; set; }

    public required string Series { get; set; }

    /// <summary>Number in the series (per issuer AFM, type and series), from 1, without gaps.</summary>
    public long Number { get; set; }

    /// <summary>Europe/Athens business date.</summary>
    public DateOnly IssueDate { get; set; }

    /// <summary>UTC time of issue.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    public required string IssuerAfm { get; set; }

    public required string IssuerName { get; set; }

    public required string IssuerTaxOffice { get; set; }

    public required string IssuerStreet { get; set; }

    public required string IssuerCity { get; set; }

    public required string IssuerPostalCode { get; set; }

    public int IssuerBranch { get; set; }

    public string? CounterpartAfm { get; set; }

    public string? CounterpartName { get; set; }

    public string? CounterpartTaxOffice { get; set; }

    public string? CounterpartStreet { get; set; }

    public string? CounterpartCity { get; set; }

    public string? CounterpartPostalCode { get; set; }

    public int? CounterpartBranch { get; set; }

    public PaymentMethod PaymentMethod { get; set; }

    public decimal TotalNet { get; set; }

    public decimal TotalVat { get; set; }

    public decimal TotalGross { get; set; }

    /// <summary>For credit notes: the document corrected.</summary>
    public Guid? CorrectedInvoiceId { get; set; }

    /// <summary>
    /// The producer concerned: the seller on receipts, invoices and their credit notes, the buyer on a commission
    /// invoice. Its owner may read the document.
    /// </summary>
    public Guid? ProducerId { get; set; }

    /// <summary>The account that bought (may read the document); null for guests and commission invoices.</summary>
    public Guid? BuyerUserId { get; set; }

    /// <summary>Order the document belongs to (plain id: invoicing does not depend on orders).</summary>
    public Guid? OrderId { get; set; }

    /// <summary>
    /// The order this document sells (its receipt or invoice): <see cref="OrderId"/> unless the document is a credit
    /// note. Computed by the database, never set by code, so its unique index with <see cref="Type"/> refuses a second
    /// sale document for one order (two jobs racing) while an order's credit notes stay unlimited.
    /// </summary>
    public Guid? SaleOrderId { get; private set; }

    /// <summary>Checkout group the order came from.</summary>
    public Guid? CheckoutId { get; set; }

    /// <summary>Monthly settlement a commission invoice belongs to.</summary>
    public Guid? SettlementId { get; set; }

    public InvoiceStatus Status { get; set; }

    /// <summary>myDATA's unique registration number, once accepted.</summary>
    public long? Mark { get; set; }

    /// <summary>myDATA's document id (SHA-1 of issuer, date, branch, type, series and number).</summary>
    public string? Uid { get; set; }

    /// <summary>Address of the QR code myDATA returns, printed on the PDF.</summary>
    public string? QrUrl { get; set; }

    public DateTimeOffset? TransmittedAt { get; set; }

    public int TransmissionAttempts { get; set; }

    /// <summary>Last failure or myDATA's validation errors (codes and messages).</summary>
    public string? LastError { get; set; }

    /// <summary>A worker transmitting the document holds it until then, so two workers never send it at once.</summary>
    public DateTimeOffset? TransmissionClaimedUntil { get; set; }

    /// <summary>Object key of the current PDF; null when it must be (re)rendered.</summary>
    public string? PdfBlobKey { get; set; }

    public List<InvoiceItem> Items { get; } = [];
}
