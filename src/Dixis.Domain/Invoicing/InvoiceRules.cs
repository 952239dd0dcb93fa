using System.Text.RegularExpressions;
using Dixis.Domain.Greek;
using Dixis.Domain.Pricing;

namespace Dixis.Domain.Invoicing;

/// <summary>
/// What a document must satisfy before it is numbered and again before it is sent to myDATA. Each broken rule is
/// one <see cref="InvoiceViolation"/>; an empty list means valid. The myDATA-specific parts follow AADE's
/// InvoicesDoc schema (amounts ≥ 0 with two decimals, series up to 50 characters) and its business rules
/// (no counterpart name for Greek parties, 11.x documents without counterpart, credit notes correlated).
/// </summary>
public static partial class InvoiceRules
{
    /// <summary>Most myDATA checks accept a one-cent difference between VAT and net × rate (rounding per line).</summary>
    public static readonly Money VatTolerance = new(0.01m);

    [GeneratedRegex(@"^[\p{L}\p{Nd}_-]{1,50}$")]
    private static partial Regex SeriesPattern();

    /// <summary>The rules checked before numbering (a draft has <see cref="InvoiceDocument.Number"/> 0).</summary>
    public static IReadOnlyList<InvoiceViolation> CheckDraft(InvoiceDocument document) => Check(document, numbered: false);

    /// <summary>Every rule, for a numbered document about to be transmitted (a credit note also needs the corrected document's MARK).</summary>
    public static IReadOnlyList<InvoiceViolation> CheckForTransmission(InvoiceDocument document)
    {
        var violations = Check(document, numbered: true).ToList();
        if (document.Corrects is { Mark: null })
        {
            violations.Add(new(InvoiceViolations.CorrelationMark, "The corrected document has no MARK yet: it must be transmitted first."));
        }

        return violations;
    }

    private static List<InvoiceViolation> Check(InvoiceDocument d, bool numbered)
    {
        ArgumentNullException.ThrowIfNull(d);
        var v = new List<InvoiceViolation>();
        CheckHeader(d, numbered, v);
        CheckParties(d, v);
        CheckCorrelation(d, v);
        CheckLines(d, v);
        CheckTotals(d, v);
        return v;
    }

    private static void CheckHeader(InvoiceDocument d, bool numbered, List<InvoiceViolation> v)
    {
        if (!Enum.IsDefined(d.Type))
        {
            v.Add(new(InvoiceViolations.Type, $"Unknown document type {d.Type}."));
        }

        if (string.IsNullOrEmpty(d.Series) || !SeriesPattern().IsMatch(d.Series))
        {
            v.Add(new(InvoiceViolations.Series, "The series is 1–50 letters, digits, '-' or '_'."));
        }

        if (numbered ? d.Number < 1 : d.Number < 0)
        {
            v.Add(new(InvoiceViolations.Number, numbered ? "A transmitted document has a number from 1." : "The number cannot be negative."));
        }

        if (d.IssueDate == default)
        {
            v.Add(new(InvoiceViolations.IssueDate, "The issue date is missing."));
        }

        if (!Enum.IsDefined(d.PaymentMethod))
        {
            v.Add(new(InvoiceViolations.PaymentMethod, "The payment method is one of the myDATA codes 1–8."));
        }
    }

    private static void CheckParties(InvoiceDocument d, List<InvoiceViolation> v)
    {
        if (!Afm.Validate(d.Issuer.Afm).Valid || d.Issuer.Afm.Length != 9)
        {
            v.Add(new(InvoiceViolations.IssuerAfm, "The issuer's AFM is not a valid 9-digit Greek tax id."));
        }

        if (Blank(d.Issuer.Name) || Blank(d.Issuer.TaxOffice) || !HasAddress(d.Issuer))
        {
            v.Add(new(InvoiceViolations.IssuerDetails, "The issuer needs a name, tax office, street, city and 5-digit postal code (printed on the document)."));
        }

        var retail = InvoiceTypes.IsRetail(d.Type);
        if (retail && d.Counterpart is not null)
        {
            // 11.x are "non-matched" documents in myDATA: no counterpart. A business buyer gets a 1.1 instead.
            v.Add(new(InvoiceViolations.CounterpartNotAllowed, "Retail documents (11.x) have no counterpart; a business buyer gets a sales invoice (1.1)."));
            return;
        }

        if (retail)
        {
            return;
        }

        if (d.Counterpart is null)
        {
            v.Add(new(InvoiceViolations.CounterpartRequired, $"A {InvoiceTypes.Code(d.Type)} document needs the buyer's AFM and address."));
            return;
        }

        if (!Afm.Validate(d.Counterpart.Afm).Valid || d.Counterpart.Afm.Length != 9)
        {
            v.Add(new(InvoiceViolations.CounterpartAfm, "The counterpart's AFM is not a valid 9-digit Greek tax id."));
        }
        else if (d.Counterpart.Afm == d.Issuer.Afm)
        {
            v.Add(new(InvoiceViolations.CounterpartIsIssuer, "Issuer and counterpart cannot have the same AFM."));
        }

        if (Blank(d.Counterpart.Name) || !HasAddress(d.Counterpart))
        {
            v.Add(new(InvoiceViolations.CounterpartDetails, "The counterpart needs a name, street, city and 5-digit postal code."));
        }
    }

    private static void CheckCorrelation(InvoiceDocument d, List<InvoiceViolation> v)
    {
        if (!InvoiceTypes.IsCredit(d.Type))
        {
            if (d.Corrects is not null)
            {
                v.Add(new(InvoiceViolations.CorrelationNotAllowed, "Only credit notes name a corrected document."));
            }

            return;
        }

        if (d.Corrects is null)
        {
            v.Add(new(InvoiceViolations.CorrelationRequired, "A credit note names the document it corrects."));
            return;
        }

        var expected = d.Corrects.Type is InvoiceType.RetailReceipt or InvoiceType.SalesInvoice or InvoiceType.ServiceInvoice
            ? InvoiceTypes.CreditFor(d.Corrects.Type)
            : (InvoiceType?)null;
        if (expected != d.Type)
        {
            v.Add(new(InvoiceViolations.CorrelationType, $"A {InvoiceTypes.Code(d.Corrects.Type)} document is corrected by {(expected is null ? "no credit note" : InvoiceTypes.Code(expected.Value))}, not {InvoiceTypes.Code(d.Type)}."));
        }
    }

    private static void CheckLines(InvoiceDocument d, List<InvoiceViolation> v)
    {
        if (d.Lines.Count == 0)
        {
            v.Add(new(InvoiceViolations.NoLines, "A document has at least one line."));
            return;
        }

        for (var i = 0; i < d.Lines.Count; i++)
        {
            CheckLine(d.Type, d.Lines[i], i + 1, v);
        }
    }

    private static void CheckLine(InvoiceType type, InvoiceLine line, int n, List<InvoiceViolation> v)
    {
        if (Blank(line.Description) || line.Description.Length > 300)
        {
            v.Add(new(InvoiceViolations.LineDescription, "Each line has a description of up to 300 characters.", n));
        }

        if (line.Quantity <= 0m || !Enum.IsDefined(line.Unit))
        {
            v.Add(new(InvoiceViolations.LineQuantity, "The quantity is positive and the unit one of pieces, kilograms, litres or none.", n));
        }

        if (line.NetValue.Amount <= 0m || !IsCents(line.NetValue) || line.VatAmount.Amount < 0m || !IsCents(line.VatAmount))
        {
            v.Add(new(InvoiceViolations.LineAmount, "Net value is positive and VAT not negative, both in whole cents (credit notes too: the type says they reduce).", n));
        }

        if (!Enum.IsDefined(line.VatCategory))
        {
            v.Add(new(InvoiceViolations.LineVatCategory, "The VAT category is one of 1–7.", n));
            return;
        }

        if (line.VatCategory == VatCategory.Exempt)
        {
            if (line.VatExemptionCategory is null or < 1 or > 31 || line.VatAmount != Money.Zero)
            {
                v.Add(new(InvoiceViolations.LineExemption, "An exempt line (category 7) has no VAT and an exemption reason 1–31.", n));
            }
        }
        else
        {
            if (line.VatExemptionCategory is not null)
            {
                v.Add(new(InvoiceViolations.LineExemption, "Only exempt lines (category 7) carry an exemption reason.", n));
            }

            var expected = Vat.VatMath.VatFromNet(line.NetValue, VatCategories.Rate(line.VatCategory));
            var difference = line.VatAmount - expected;
            if (difference > VatTolerance || -difference > VatTolerance)
            {
                v.Add(new(InvoiceViolations.LineVatAmount, $"VAT {line.VatAmount} is not net × {VatCategories.Percent(line.VatCategory)} % = {expected} (±0.01).", n));
            }
        }

        CheckClassification(type, line.Classification, n, v);
    }

    private static void CheckClassification(InvoiceType type, IncomeClassification c, int n, List<InvoiceViolation> v)
    {
        var retail = InvoiceTypes.IsRetail(type);
        var knownType = retail ? c.Type == IncomeClassification.RetailToConsumers : c.Type is IncomeClassification.WholesaleToBusiness or IncomeClassification.OtherOrdinaryIncome;
        var knownCategory = IncomeClassification.KnownCategories.Contains(c.Category);
        if (!knownType || !knownCategory)
        {
            v.Add(new(InvoiceViolations.LineClassification,
                $"{c.Category}/{c.Type} is not a classification Dixis sends on a {InvoiceTypes.Code(type)} document ({(retail ? "E3_561_003" : "E3_561_001 or E3_562")} with category1_1, 1_2, 1_3 or 1_5).", n));
        }
    }

    private static void CheckTotals(InvoiceDocument d, List<InvoiceViolation> v)
    {
        var sums = InvoiceTotals.Of(d.Lines);
        if (sums.Net != d.Totals.Net || sums.Vat != d.Totals.Vat || d.Totals.Gross != d.Totals.Net + d.Totals.Vat)
        {
            v.Add(new(InvoiceViolations.Totals, $"Totals (net {d.Totals.Net}, VAT {d.Totals.Vat}, gross {d.Totals.Gross}) are not the sums of the lines (net {sums.Net}, VAT {sums.Vat})."));
        }
    }

    private static bool IsCents(Money m) => m.Round() == m;

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    private static bool HasAddress(InvoiceParty p) => !Blank(p.Street) && !Blank(p.City) && p.PostalCode is { Length: 5 } && p.PostalCode.All(char.IsAsciiDigit);
}
