using Dixis.Domain.Pricing;

namespace Dixis.Domain.Invoicing;

/// <summary>The lines of a credit note that refunds part or all of a document.</summary>
public static class CreditNoteLines
{
    /// <summary>
    /// Lines refunding <paramref name="refundGross"/> (VAT included) of <paramref name="original"/>. A full refund
    /// copies the original lines; a partial one has one amount-only line per VAT category of the original, the
    /// refund split by the categories' gross values (so VAT is returned at the rates it was charged).
    /// </summary>
    /// <param name="original">The document refunded.</param>
    /// <param name="refundGross">Amount given back to the buyer now; positive.</param>
    /// <param name="alreadyCredited">Gross of earlier credit notes on the same document.</param>
    /// <exception cref="ArgumentOutOfRangeException">The refund is not positive, or with earlier credits exceeds the original.</exception>
    public static IReadOnlyList<InvoiceLine> For(InvoiceDocument original, Money refundGross, Money alreadyCredited)
    {
        ArgumentNullException.ThrowIfNull(original);
        var refund = refundGross.Round();
        if (refund <= Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(refundGross), refundGross, "A refund is a positive amount.");
        }

        if (refund + alreadyCredited > original.Totals.Gross)
        {
            throw new ArgumentOutOfRangeException(nameof(refundGross), refundGross,
                $"Refund {refund} plus earlier credits {alreadyCredited} exceed the document's total {original.Totals.Gross}.");
        }

        // Throws for a document that cannot be credited (a credit note itself).
        _ = InvoiceTypes.CreditFor(original.Type);
        if (refund == original.Totals.Gross && alreadyCredited == Money.Zero)
        {
            // The credit keeps each line's classification: retail stays retail, wholesale stays wholesale.
            return original.Lines.ToArray();
        }

        var rows = original.Totals.Breakdown;
        var parts = refund.Apportion(rows.Select(r => r.Gross).ToArray());
        var lines = new List<InvoiceLine>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (parts[i] <= Money.Zero)
            {
                continue;
            }

            var category = rows[i].Category;
            var classification = original.Lines.First(l => l.VatCategory == category).Classification;
            var description = $"Επιστροφή ποσού για {InvoiceTypes.GreekTitle(original.Type)} {original.Reference} (ΦΠΑ {rows[i].RatePercent}%)";
            var line = InvoiceLine.FromGross(description, 1m, MeasurementUnit.None, parts[i], category, classification);
            if (category == VatCategory.Exempt)
            {
                line = line with { VatExemptionCategory = original.Lines.First(l => l.VatCategory == category).VatExemptionCategory };
            }

            lines.Add(line);
        }

        return lines;
    }
}
