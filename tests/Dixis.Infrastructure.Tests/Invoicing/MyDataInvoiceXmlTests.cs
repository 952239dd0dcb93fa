using System.Globalization;
using System.Xml.Linq;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Invoicing.MyData;

namespace Dixis.Infrastructure.Tests.Invoicing;

/// <summary>
/// The InvoicesDoc is parsed back and checked against the sequences and mandatory elements of AADE's InvoicesDoc
/// XSD (v1.0.x, transcribed below) and against the business rules it must satisfy.
/// </summary>
public sealed class MyDataInvoiceXmlTests
{
    private static readonly XNamespace Inv = "http://www.aade.gr/myDATA/invoice/v1.0";
    private static readonly XNamespace Icls = "https://www.aade.gr/myDATA/incomeClassificaton/v1.0";

    // xs:sequence of each complex type, in schema order.
    private static readonly string[] InvoiceSequence = ["uid", "mark", "cancelledByMark", "authenticationCode", "transmissionFailure", "issuer", "counterpart", "invoiceHeader", "paymentMethods", "invoiceDetails", "taxesTotals", "invoiceSummary", "qrCodeUrl", "otherTransportDetails", "downloadingInvoiceUrl"];
    private static readonly string[] PartySequence = ["vatNumber", "country", "branch", "name", "address", "documentIdNo", "supplyAccountNo", "countryDocumentId"];
    private static readonly string[] AddressSequence = ["street", "number", "postalCode", "city"];
    private static readonly string[] HeaderSequence = ["series", "aa", "issueDate", "invoiceType", "vatPaymentSuspension", "currency", "exchangeRate", "correlatedInvoices", "selfPricing", "dispatchDate", "dispatchTime", "vehicleNumber", "movePurpose", "fuelInvoice", "specialInvoiceCategory", "invoiceVariationType", "otherCorrelatedEntities", "otherDeliveryNoteHeader", "isDeliveryNote", "otherMovePurposeTitle", "thirdPartyCollection", "multipleConnectedMarks", "tableAA", "totalCancelDeliveryOrders"];
    private static readonly string[] RowSequence = ["lineNumber", "recType", "TaricNo", "itemCode", "itemDescr", "fuelCode", "quantity", "measurementUnit", "invoiceDetailType", "netValue", "vatCategory", "vatAmount", "vatExemptionCategory", "dienergia", "discountOption", "withheldAmount", "withheldPercentCategory", "stampDutyAmount", "stampDutyPercentCategory", "feesAmount", "feesPercentCategory", "otherTaxesPercentCategory", "otherTaxesAmount", "deductionsAmount", "lineComments", "incomeClassification", "expensesClassification", "quantity15", "otherMeasurementUnitQuantity", "otherMeasurementUnitTitle", "notVAT195"];
    private static readonly string[] SummarySequence = ["totalNetValue", "totalVatAmount", "totalWithheldAmount", "totalFeesAmount", "totalStampDutyAmount", "totalOtherTaxesAmount", "totalDeductionsAmount", "totalGrossValue", "incomeClassification", "expensesClassification"];
    private static readonly string[] PaymentSequence = ["type", "amount", "paymentMethodInfo", "tipAmount", "transactionId", "tid", "ProvidersSignature", "ECRToken"];
    private static readonly string[] ClassificationSequence = ["classificationType", "classificationCategory", "amount", "id"];

    private static readonly DateOnly Date = new(2026, 3, 2);

    [Fact]
    public void A_retail_receipt_has_every_mandatory_element_in_schema_order_and_no_counterpart()
    {
        var receipt = Receipt(12);

        var invoice = Roundtrip(receipt);

        CheckStructure(invoice);
        Assert.Null(invoice.Element(Inv + "counterpart"));
        var header = invoice.Element(Inv + "invoiceHeader")!;
        Assert.Equal(("ΑΛΠ", "12", "2026-03-02", "11.1", "EUR"), (Value(header, "series"), Value(header, "aa"), Value(header, "issueDate"), Value(header, "invoiceType"), Value(header, "currency")));
        var issuer = invoice.Element(Inv + "issuer")!;
        Assert.Equal(("090000045", "GR", "0"), (Value(issuer, "vatNumber"), Value(issuer, "country"), Value(issuer, "branch")));
        // AADE refuses the name and address of a Greek issuer.
        Assert.Null(issuer.Element(Inv + "name"));
        Assert.Null(issuer.Element(Inv + "address"));
        Assert.Equal(("7", "57.40"), (Value(invoice.Element(Inv + "paymentMethods")!.Element(Inv + "paymentMethodDetails")!, "type"), Value(invoice.Element(Inv + "paymentMethods")!.Element(Inv + "paymentMethodDetails")!, "amount")));
    }

    [Fact]
    public void Lines_carry_net_vat_category_and_retail_classification_and_amount_only_lines_no_quantity()
    {
        var rows = Roundtrip(Receipt(1)).Elements(Inv + "invoiceDetails").ToList();

        Assert.Equal(["1", "2", "3"], rows.Select(r => Value(r, "lineNumber")));
        Assert.Equal([("3", "1", "26.97", "5", "2.43"), ("2", "1", "20.00", "1", "4.80")],
            rows.Take(2).Select(r => (Value(r, "quantity"), Value(r, "measurementUnit"), Value(r, "netValue"), Value(r, "vatCategory"), Value(r, "vatAmount"))));
        Assert.Null(rows[2].Element(Inv + "quantity"));
        Assert.Null(rows[2].Element(Inv + "measurementUnit"));
        Assert.All(rows, r =>
        {
            var c = r.Element(Inv + "incomeClassification")!;
            Assert.Equal(("E3_561_003", "category1_2", Value(r, "netValue")),
                (c.Element(Icls + "classificationType")!.Value, c.Element(Icls + "classificationCategory")!.Value, c.Element(Icls + "amount")!.Value));
        });
    }

    [Fact]
    public void The_summary_is_the_sum_of_the_lines_and_sums_the_classifications_per_category_and_type()
    {
        var invoice = Roundtrip(Receipt(1));
        var rows = invoice.Elements(Inv + "invoiceDetails").ToList();
        var summary = invoice.Element(Inv + "invoiceSummary")!;

        decimal Sum(string name) => rows.Sum(r => decimal.Parse(Value(r, name), CultureInfo.InvariantCulture));
        Assert.Equal(Sum("netValue"), decimal.Parse(Value(summary, "totalNetValue"), CultureInfo.InvariantCulture));
        Assert.Equal(Sum("vatAmount"), decimal.Parse(Value(summary, "totalVatAmount"), CultureInfo.InvariantCulture));
        Assert.Equal("57.40", Value(summary, "totalGrossValue"));
        Assert.All(new[] { "totalWithheldAmount", "totalFeesAmount", "totalStampDutyAmount", "totalOtherTaxesAmount", "totalDeductionsAmount" }, n => Assert.Equal("0.00", Value(summary, n)));
        var classification = Assert.Single(summary.Elements(Inv + "incomeClassification"));
        Assert.Equal("49.91", classification.Element(Icls + "amount")!.Value);
    }

    [Fact]
    public void A_sales_invoice_has_a_counterpart_with_afm_and_address_but_no_name()
    {
        var invoice = Roundtrip(SalesInvoice(3));

        CheckStructure(invoice);
        var counterpart = invoice.Element(Inv + "counterpart")!;
        Assert.Equal(("094014201", "GR", "0"), (Value(counterpart, "vatNumber"), Value(counterpart, "country"), Value(counterpart, "branch")));
        Assert.Null(counterpart.Element(Inv + "name"));
        var address = counterpart.Element(Inv + "address")!;
        Assert.Equal(("Πανεπιστημίου 10", "10671", "Αθήνα"), (Value(address, "street"), Value(address, "postalCode"), Value(address, "city")));
        Assert.Equal("1.1", Value(invoice.Element(Inv + "invoiceHeader")!, "invoiceType"));
        Assert.All(invoice.Elements(Inv + "invoiceDetails"), r => Assert.Equal("E3_561_001", r.Element(Inv + "incomeClassification")!.Element(Icls + "classificationType")!.Value));
        Assert.Null(invoice.Element(Inv + "invoiceHeader")!.Element(Inv + "correlatedInvoices"));
    }

    [Fact]
    public void A_credit_note_is_correlated_to_the_mark_of_the_corrected_invoice_with_positive_amounts()
    {
        var original = SalesInvoice(3);
        var credit = InvoiceDocument.Create(original.Issuer, original.Counterpart, InvoiceType.CreditNote, "ΠΤ", 1, Date,
            CreditNoteLines.For(original, new Money(10m), Money.Zero), original.PaymentMethod, new CorrelatedInvoice(Guid.NewGuid(), original.Type, original.Series, 3, 400001234567890));
        Assert.Empty(InvoiceRules.CheckForTransmission(credit));

        var invoice = Roundtrip(credit);

        CheckStructure(invoice);
        var header = invoice.Element(Inv + "invoiceHeader")!;
        Assert.Equal(("5.1", "400001234567890"), (Value(header, "invoiceType"), Value(header, "correlatedInvoices")));
        Assert.All(invoice.Elements(Inv + "invoiceDetails"), r => Assert.True(decimal.Parse(Value(r, "netValue"), CultureInfo.InvariantCulture) > 0));
        Assert.Equal("10.00", Value(invoice.Element(Inv + "invoiceSummary")!, "totalGrossValue"));
    }

    [Fact]
    public void An_exempt_line_carries_its_exemption_reason_after_the_vat_amount()
    {
        var line = new InvoiceLine("Δωροκάρτα", 1m, MeasurementUnit.None, new Money(10m), VatCategory.Exempt, Money.Zero, IncomeClassification.ForGoods(InvoiceType.RetailReceipt), VatExemptionCategory: 27);
        var receipt = InvoiceDocument.Create(Drafts.Producer, null, InvoiceType.RetailReceipt, "ΑΛΠ", 1, Date, [line], PaymentMethod.Cash);

        var row = Assert.Single(Roundtrip(receipt).Elements(Inv + "invoiceDetails"));

        Assert.Equal(("7", "0.00", "27"), (Value(row, "vatCategory"), Value(row, "vatAmount"), Value(row, "vatExemptionCategory")));
        CheckOrder(row, RowSequence);
    }

    [Fact]
    public void Several_documents_go_in_one_InvoicesDoc_with_the_classification_namespaces_declared()
    {
        var doc = XDocument.Parse(MyDataInvoiceXml.Build(Receipt(1), SalesInvoice(1)).ToString());

        Assert.Equal(Inv + "InvoicesDoc", doc.Root!.Name);
        Assert.Equal(2, doc.Root.Elements(Inv + "invoice").Count());
        Assert.Equal("https://www.aade.gr/myDATA/incomeClassificaton/v1.0", doc.Root.Attribute(XNamespace.Xmlns + "icls")!.Value);
        Assert.Equal("https://www.aade.gr/myDATA/expensesClassificaton/v1.0", doc.Root.Attribute(XNamespace.Xmlns + "ecls")!.Value);
        Assert.Equal(["invoice"], doc.Root.Elements().Select(e => e.Name.LocalName).Distinct());
    }

    private static XElement Roundtrip(InvoiceDocument document)
    {
        var text = MyDataInvoiceXml.Build(document).Declaration + Environment.NewLine + MyDataInvoiceXml.Build(document);
        return Assert.Single(XDocument.Parse(text).Root!.Elements(Inv + "invoice"));
    }

    private static void CheckStructure(XElement invoice)
    {
        CheckOrder(invoice, InvoiceSequence, required: ["issuer", "invoiceHeader", "invoiceDetails", "invoiceSummary"]);
        foreach (var party in invoice.Elements(Inv + "issuer").Concat(invoice.Elements(Inv + "counterpart")))
        {
            CheckOrder(party, PartySequence, required: ["vatNumber", "country", "branch"]);
            foreach (var address in party.Elements(Inv + "address"))
            {
                CheckOrder(address, AddressSequence, required: ["postalCode", "city"]);
            }
        }

        CheckOrder(invoice.Element(Inv + "invoiceHeader")!, HeaderSequence, required: ["series", "aa", "issueDate", "invoiceType"]);
        foreach (var payment in invoice.Elements(Inv + "paymentMethods").Elements(Inv + "paymentMethodDetails"))
        {
            CheckOrder(payment, PaymentSequence, required: ["type", "amount"]);
        }

        foreach (var row in invoice.Elements(Inv + "invoiceDetails"))
        {
            CheckOrder(row, RowSequence, required: ["lineNumber", "netValue", "vatCategory", "vatAmount"]);
            foreach (var c in row.Elements(Inv + "incomeClassification"))
            {
                CheckOrder(c, ClassificationSequence, required: ["classificationCategory", "amount"], ns: Icls);
            }
        }

        var summary = invoice.Element(Inv + "invoiceSummary")!;
        CheckOrder(summary, SummarySequence, required: SummarySequence[..8]);
        Assert.All(invoice.Descendants().Where(e => e.Name.LocalName is "netValue" or "vatAmount" or "amount" || e.Name.LocalName.StartsWith("total", StringComparison.Ordinal)),
            e => Assert.Matches(@"^\d+\.\d{2}$", e.Value));
    }

    private static void CheckOrder(XElement parent, string[] sequence, string[]? required = null, XNamespace? ns = null)
    {
        var names = parent.Elements().Select(e => e.Name).ToList();
        Assert.All(names, n => Assert.Equal(ns ?? Inv, n.Namespace));
        var positions = names.Select(n => Array.IndexOf(sequence, n.LocalName)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        foreach (var name in required ?? [])
        {
            Assert.Contains(name, names.Select(n => n.LocalName));
        }
    }

    private static string Value(XElement parent, string name) => parent.Element(Inv + name)?.Value ?? throw new Xunit.Sdk.XunitException($"{parent.Name.LocalName} has no {name}");

    private static InvoiceDocument Receipt(long number)
    {
        var draft = Drafts.Receipt(Drafts.Producer);
        return InvoiceDocument.Create(draft.Issuer, null, draft.Type, draft.Series, number, Date, draft.Lines, draft.PaymentMethod);
    }

    private static InvoiceDocument SalesInvoice(long number)
    {
        var draft = Drafts.SalesInvoice(Drafts.Producer);
        return InvoiceDocument.Create(draft.Issuer, draft.Counterpart, draft.Type, draft.Series, number, Date, draft.Lines, draft.PaymentMethod);
    }
}
