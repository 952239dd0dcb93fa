namespace Dixis.Domain.Invoicing;

/// <summary>
/// A receipt, invoice or credit note as issued (or, with <see cref="Number"/> 0, about to be issued). The
/// rules it must satisfy before transmission are in <see cref="InvoiceRules"/>.
/// </summary>
/// <param name="Issuer">The seller of record: the producer, or Dixis on a commission invoice.</param>
/// <param name="Counterpart">The business buyer (1.1, 2.1, 5.1); null on retail documents (11.x).</param>
/// <param name="Type">Document type.</param>
/// <param name="Series">Series code, e.g. "A"; numbers run per issuer, type and series.</param>
/// <param name="Number">Number in the series, from 1; 0 before numbering.</param>
/// <param name="IssueDate">Europe/Athens business date.</param>
/// <param name="Lines">Lines, at least one.</param>
/// <param name="PaymentMethod">How the buyer paid (one method for the whole amount).</param>
/// <param name="Totals">Stored totals; must equal the sums of <paramref name="Lines"/>.</param>
/// <param name="Corrects">For credit notes, the document corrected.</param>
public sealed record InvoiceDocument(
    InvoiceParty Issuer,
    InvoiceParty? Counterpart,
    InvoiceType Type,
    string Series,
    long Number,
    DateOnly IssueDate,
    IReadOnlyList<InvoiceLine> Lines,
    PaymentMethod PaymentMethod,
    InvoiceTotals Totals,
    CorrelatedInvoice? Corrects = null)
{
    /// <summary>A document whose totals are computed from its lines.</summary>
    public static InvoiceDocument Create(InvoiceParty issuer, InvoiceParty? counterpart, InvoiceType type, string series, long number, DateOnly issueDate,
        IReadOnlyList<InvoiceLine> lines, PaymentMethod paymentMethod, CorrelatedInvoice? corrects = null) =>
        new(issuer, counterpart, type, series, number, issueDate, lines, paymentMethod, InvoiceTotals.Of(lines), corrects);

    /// <summary>Series and number as printed, e.g. "Α-12".</summary>
    public string Reference => $"{Series}-{Number}";
}
