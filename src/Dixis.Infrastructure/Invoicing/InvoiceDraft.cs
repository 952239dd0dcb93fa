using Dixis.Domain.Invoicing;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>
/// What a caller (checkout, refunds, settlements) asks <see cref="InvoiceIssuer"/> to issue. The issuer adds the
/// date (Europe/Athens today) and the next number of the series, checks <see cref="InvoiceRules"/>, stores, renders
/// the PDF and queues the myDATA transmission.
/// </summary>
/// <param name="Issuer">The seller of record: the producer (or Dixis, <see cref="PlatformOptions.ToParty"/>, for commission).</param>
/// <param name="Counterpart">The business buyer for 1.1, 2.1 and 5.1; null for 11.1 and 11.4.</param>
/// <param name="Type">Document type.</param>
/// <param name="Series">Series code (see <see cref="InvoiceSeries.DefaultFor"/>).</param>
/// <param name="Lines">Lines with their VAT category and income classification.</param>
/// <param name="PaymentMethod">How the buyer paid.</param>
public sealed record InvoiceDraft(
    InvoiceParty Issuer,
    InvoiceParty? Counterpart,
    InvoiceType Type,
    string Series,
    IReadOnlyList<InvoiceLine> Lines,
    PaymentMethod PaymentMethod)
{
    /// <summary>The producer concerned (seller, or buyer of a commission invoice); its owner may read the document.</summary>
    public Guid? ProducerId { get; init; }

    /// <summary>The buying account; it may read the document.</summary>
    public Guid? BuyerUserId { get; init; }

    public Guid? OrderId { get; init; }

    public Guid? CheckoutId { get; init; }

    public Guid? SettlementId { get; init; }

    /// <summary>For 5.1 and 11.4: the id of the document this credit note corrects.</summary>
    public Guid? CorrectsInvoiceId { get; init; }
}
