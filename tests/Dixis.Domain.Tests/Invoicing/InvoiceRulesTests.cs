using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;

namespace Dixis.Domain.Tests.Invoicing;

public sealed class InvoiceRulesTests
{
    private static IReadOnlyList<string> Codes(IReadOnlyList<InvoiceViolation> violations) => violations.Select(v => v.Code).ToList();

    [Fact]
    public void A_receipt_and_a_sales_invoice_built_from_gross_prices_are_valid()
    {
        Assert.Empty(InvoiceRules.CheckDraft(SampleDocuments.Receipt()));
        Assert.Empty(InvoiceRules.CheckDraft(SampleDocuments.SalesInvoice()));
        Assert.Empty(InvoiceRules.CheckForTransmission(SampleDocuments.Receipt(1)));
    }

    [Fact]
    public void Totals_are_the_sums_of_the_lines_with_a_breakdown_per_rate()
    {
        var receipt = SampleDocuments.Receipt();

        // 29.40 at 9 %: net 26.97 + VAT 2.43; 24.80 at 24 %: 20.00 + 4.80; 3.20 at 9 %: 2.94 + 0.26.
        Assert.Equal(new Money(49.91m), receipt.Totals.Net);
        Assert.Equal(new Money(7.49m), receipt.Totals.Vat);
        Assert.Equal(new Money(57.40m), receipt.Totals.Gross);
        Assert.Collection(receipt.Totals.Breakdown,
            r => Assert.Equal((VatCategory.Standard24, 24, new Money(20.00m), new Money(4.80m)), (r.Category, r.RatePercent, r.Net, r.Vat)),
            r => Assert.Equal((VatCategory.IslandReduced9, 9, new Money(29.91m), new Money(2.69m)), (r.Category, r.RatePercent, r.Net, r.Vat)));
    }

    [Fact]
    public void Stored_totals_that_differ_from_the_lines_are_a_violation()
    {
        var receipt = SampleDocuments.Receipt();
        var tampered = receipt with { Totals = receipt.Totals with { Gross = receipt.Totals.Gross + new Money(0.01m) } };

        Assert.Equal([InvoiceViolations.Totals], Codes(InvoiceRules.CheckDraft(tampered)));
    }

    [Fact]
    public void A_vat_amount_more_than_a_cent_off_net_times_rate_is_a_violation_and_a_cent_is_tolerated()
    {
        var line = InvoiceLine.FromNet("Φέτα 1 kg", 1m, MeasurementUnit.Kilograms, new Money(10.00m), VatCategory.Reduced13, IncomeClassification.ForGoods(InvoiceType.RetailReceipt));
        Document([line with { VatAmount = new Money(1.31m) }]).AssertValid();
        var wrong = Document([line with { VatAmount = new Money(1.32m) }]);

        var violation = Assert.Single(InvoiceRules.CheckDraft(wrong));
        Assert.Equal((InvoiceViolations.LineVatAmount, 1), (violation.Code, violation.LineNumber));
    }

    [Fact]
    public void Amounts_must_be_positive_whole_cents()
    {
        var line = SampleDocuments.Honey(InvoiceType.RetailReceipt);

        Assert.Contains(InvoiceViolations.LineAmount, Codes(InvoiceRules.CheckDraft(Document([line with { NetValue = new Money(-1m), VatAmount = Money.Zero }]))));
        Assert.Contains(InvoiceViolations.LineAmount, Codes(InvoiceRules.CheckDraft(Document([line with { NetValue = Money.Zero, VatAmount = Money.Zero }]))));
        Assert.Contains(InvoiceViolations.LineAmount, Codes(InvoiceRules.CheckDraft(Document([line with { NetValue = new Money(26.975m) }]))));
        Assert.Contains(InvoiceViolations.LineQuantity, Codes(InvoiceRules.CheckDraft(Document([line with { Quantity = 0m }]))));
        Assert.Equal([InvoiceViolations.NoLines], Codes(InvoiceRules.CheckDraft(Document([]))));
    }

    [Fact]
    public void A_sales_invoice_needs_a_valid_counterpart_afm_and_address()
    {
        var invoice = SampleDocuments.SalesInvoice();

        Assert.Equal([InvoiceViolations.CounterpartRequired], Codes(InvoiceRules.CheckDraft(invoice with { Counterpart = null })));
        Assert.Equal([InvoiceViolations.CounterpartAfm], Codes(InvoiceRules.CheckDraft(invoice with { Counterpart = SampleDocuments.Business with { Afm = "123456789" } })));
        Assert.Equal([InvoiceViolations.CounterpartIsIssuer], Codes(InvoiceRules.CheckDraft(invoice with { Counterpart = SampleDocuments.Business with { Afm = SampleDocuments.Producer.Afm } })));
        Assert.Equal([InvoiceViolations.CounterpartDetails], Codes(InvoiceRules.CheckDraft(invoice with { Counterpart = SampleDocuments.Business with { PostalCode = "106" } })));
    }

    [Fact]
    public void A_retail_receipt_has_no_counterpart()
    {
        var receipt = SampleDocuments.Receipt() with { Counterpart = SampleDocuments.Business };

        Assert.Equal([InvoiceViolations.CounterpartNotAllowed], Codes(InvoiceRules.CheckDraft(receipt)));
    }

    [Fact]
    public void The_issuer_afm_must_be_valid_and_its_details_present()
    {
        var receipt = SampleDocuments.Receipt();

        Assert.Equal([InvoiceViolations.IssuerAfm], Codes(InvoiceRules.CheckDraft(receipt with { Issuer = SampleDocuments.Producer with { Afm = "090000046" } })));
        Assert.Equal([InvoiceViolations.IssuerAfm], Codes(InvoiceRules.CheckDraft(receipt with { Issuer = SampleDocuments.Producer with { Afm = "EL090000045" } })));
        Assert.Equal([InvoiceViolations.IssuerDetails], Codes(InvoiceRules.CheckDraft(receipt with { Issuer = SampleDocuments.Producer with { TaxOffice = " " } })));
    }

    [Fact]
    public void Credit_notes_name_the_corrected_document_of_the_matching_kind()
    {
        var receipt = SampleDocuments.Receipt(7);
        var invoice = SampleDocuments.SalesInvoice(3);
        var retailCredit = receipt with { Type = InvoiceType.RetailCreditNote, Number = 0, Corrects = SampleDocuments.Corrects(receipt) };
        var credit = invoice with { Type = InvoiceType.CreditNote, Number = 0, Corrects = SampleDocuments.Corrects(invoice) };

        Assert.Empty(InvoiceRules.CheckDraft(retailCredit));
        Assert.Empty(InvoiceRules.CheckDraft(credit));
        Assert.Equal([InvoiceViolations.CorrelationRequired], Codes(InvoiceRules.CheckDraft(credit with { Corrects = null })));
        Assert.Equal([InvoiceViolations.CorrelationType], Codes(InvoiceRules.CheckDraft(credit with { Corrects = SampleDocuments.Corrects(receipt) })));
        Assert.Equal([InvoiceViolations.CorrelationNotAllowed], Codes(InvoiceRules.CheckDraft(invoice with { Corrects = SampleDocuments.Corrects(invoice) })));
    }

    [Fact]
    public void A_credit_note_is_transmitted_only_after_the_corrected_document_has_a_mark()
    {
        var invoice = SampleDocuments.SalesInvoice(3);
        var credit = invoice with { Type = InvoiceType.CreditNote, Number = 1, Corrects = SampleDocuments.Corrects(invoice, mark: null) };

        Assert.Empty(InvoiceRules.CheckDraft(credit));
        Assert.Equal([InvoiceViolations.CorrelationMark], Codes(InvoiceRules.CheckForTransmission(credit)));
    }

    [Fact]
    public void An_exempt_line_needs_a_reason_and_no_vat_and_other_lines_no_reason()
    {
        var classification = IncomeClassification.ForGoods(InvoiceType.RetailReceipt);
        var exempt = new InvoiceLine("Δωροκάρτα", 1m, MeasurementUnit.None, new Money(10m), VatCategory.Exempt, Money.Zero, classification, VatExemptionCategory: 27);

        Document([exempt]).AssertValid();
        Assert.Equal([InvoiceViolations.LineExemption], Codes(InvoiceRules.CheckDraft(Document([exempt with { VatExemptionCategory = null }]))));
        Assert.Equal([InvoiceViolations.LineExemption], Codes(InvoiceRules.CheckDraft(Document([exempt with { VatExemptionCategory = 32 }]))));
        Assert.Equal([InvoiceViolations.LineExemption], Codes(InvoiceRules.CheckDraft(Document([SampleDocuments.Honey(InvoiceType.RetailReceipt) with { VatExemptionCategory = 1 }]))));
    }

    [Fact]
    public void Income_classification_must_match_retail_or_wholesale()
    {
        var wholesaleOnReceipt = SampleDocuments.Honey(InvoiceType.SalesInvoice);
        var retailOnInvoice = SampleDocuments.Honey(InvoiceType.RetailReceipt);

        Assert.Equal([InvoiceViolations.LineClassification], Codes(InvoiceRules.CheckDraft(Document([wholesaleOnReceipt]))));
        Assert.Contains(InvoiceViolations.LineClassification, Codes(InvoiceRules.CheckDraft(SampleDocuments.SalesInvoice() with { Lines = [retailOnInvoice], Totals = InvoiceTotals.Of([retailOnInvoice]) })));
        Assert.Equal(("category1_2", "E3_561_003"), (retailOnInvoice.Classification.Category, retailOnInvoice.Classification.Type));
        Assert.Equal(("category1_3", "E3_561_001"), (IncomeClassification.ForServices(InvoiceType.ServiceInvoice).Category, IncomeClassification.ForServices(InvoiceType.ServiceInvoice).Type));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("A", true)]
    [InlineData("ΑΠ-2026", true)]
    [InlineData("A B", false)]
    [InlineData("A/1", false)]
    public void Series_codes_are_short_words(string series, bool valid)
    {
        var codes = Codes(InvoiceRules.CheckDraft(SampleDocuments.Receipt() with { Series = series }));

        Assert.Equal(valid, !codes.Contains(InvoiceViolations.Series));
    }

    [Fact]
    public void A_transmitted_document_is_numbered_from_one()
    {
        Assert.Equal([InvoiceViolations.Number], Codes(InvoiceRules.CheckForTransmission(SampleDocuments.Receipt(0))));
        Assert.Equal([InvoiceViolations.Number], Codes(InvoiceRules.CheckDraft(SampleDocuments.Receipt(-1))));
    }

    [Theory]
    [InlineData(InvoiceType.RetailReceipt, "11.1", "Απόδειξη Λιανικής Πώλησης")]
    [InlineData(InvoiceType.SalesInvoice, "1.1", "Τιμολόγιο Πώλησης")]
    [InlineData(InvoiceType.ServiceInvoice, "2.1", "Τιμολόγιο Παροχής Υπηρεσιών")]
    [InlineData(InvoiceType.CreditNote, "5.1", "Πιστωτικό Τιμολόγιο")]
    [InlineData(InvoiceType.RetailCreditNote, "11.4", "Πιστωτικό Στοιχείο Λιανικής")]
    public void Types_have_their_mydata_code_and_greek_title(InvoiceType type, string code, string title)
    {
        Assert.Equal(code, InvoiceTypes.Code(type));
        Assert.Equal(type, InvoiceTypes.FromCode(code));
        Assert.Equal(title, InvoiceTypes.GreekTitle(type));
    }

    [Theory]
    [InlineData(VatCategory.Standard24, 24)]
    [InlineData(VatCategory.Reduced13, 13)]
    [InlineData(VatCategory.SuperReduced6, 6)]
    [InlineData(VatCategory.IslandStandard17, 17)]
    [InlineData(VatCategory.IslandReduced9, 9)]
    [InlineData(VatCategory.IslandSuperReduced4, 4)]
    [InlineData(VatCategory.Exempt, 0)]
    public void Vat_categories_have_the_mydata_rates(VatCategory category, int percent)
    {
        Assert.Equal(percent, VatCategories.Percent(category));
        Assert.Equal(category, VatCategories.FromMyDataCode((int)category));
    }

    private static InvoiceDocument Document(IReadOnlyList<InvoiceLine> lines) =>
        InvoiceDocument.Create(SampleDocuments.Producer, null, InvoiceType.RetailReceipt, "A", 0, SampleDocuments.Date, lines, PaymentMethod.Cash);
}

internal static class DocumentAssertions
{
    public static void AssertValid(this InvoiceDocument document) => Assert.Empty(InvoiceRules.CheckDraft(document));
}
