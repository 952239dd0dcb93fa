using System.Globalization;
using System.Xml.Linq;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;

namespace Dixis.Infrastructure.Invoicing.MyData;

/// <summary>
/// The myDATA <c>InvoicesDoc</c> of documents, with elements in the order AADE's InvoicesDoc XSD (v1.0.x) requires:
/// issuer, counterpart, invoiceHeader, paymentMethods, invoiceDetails, invoiceSummary. Greek parties carry only
/// AFM, country and branch (AADE refuses their names), the counterpart its address. Amounts are positive with two
/// decimals on credit notes too: the type (5.1, 11.4) says they reduce.
/// </summary>
public static class MyDataInvoiceXml
{
    public static readonly XNamespace InvoiceNs = "http://www.aade.gr/myDATA/invoice/v1.0";

    // The misspelling "Classificaton" is AADE's own, in the official namespaces.
    public static readonly XNamespace IclsNs = "https://www.aade.gr/myDATA/incomeClassificaton/v1.0";
    public static readonly XNamespace EclsNs = "https://www.aade.gr/myDATA/expensesClassificaton/v1.0";

    /// <summary>The document of one or more invoices, ready to POST to SendInvoices.</summary>
    public static XDocument Build(params InvoiceDocument[] documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var root = new XElement(InvoiceNs + "InvoicesDoc",
            new XAttribute(XNamespace.Xmlns + "icls", IclsNs),
            new XAttribute(XNamespace.Xmlns + "ecls", EclsNs),
            documents.Select(InvoiceElement));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement InvoiceElement(InvoiceDocument d) =>
        new(InvoiceNs + "invoice",
            Party("issuer", d.Issuer, withAddress: false),
            d.Counterpart is null ? null : Party("counterpart", d.Counterpart, withAddress: true),
            Header(d),
            new XElement(InvoiceNs + "paymentMethods",
                new XElement(InvoiceNs + "paymentMethodDetails",
                    new XElement(InvoiceNs + "type", (int)d.PaymentMethod),
                    new XElement(InvoiceNs + "amount", Amount(d.Totals.Gross)))),
            d.Lines.Select((line, i) => Line(line, i + 1)),
            Summary(d));

    private static XElement Party(string name, InvoiceParty party, bool withAddress) =>
        new(InvoiceNs + name,
            new XElement(InvoiceNs + "vatNumber", party.Afm),
            new XElement(InvoiceNs + "country", party.Country),
            new XElement(InvoiceNs + "branch", party.Branch),
            withAddress
                ? new XElement(InvoiceNs + "address",
                    new XElement(InvoiceNs + "street", party.Street),
                    new XElement(InvoiceNs + "postalCode", party.PostalCode),
                    new XElement(InvoiceNs + "city", party.City))
                : null);

    private static XElement Header(InvoiceDocument d) =>
        new(InvoiceNs + "invoiceHeader",
            new XElement(InvoiceNs + "series", d.Series),
            new XElement(InvoiceNs + "aa", d.Number.ToString(CultureInfo.InvariantCulture)),
            new XElement(InvoiceNs + "issueDate", d.IssueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XElement(InvoiceNs + "invoiceType", InvoiceTypes.Code(d.Type)),
            new XElement(InvoiceNs + "currency", "EUR"),
            d.Corrects?.Mark is { } mark ? new XElement(InvoiceNs + "correlatedInvoices", mark) : null);

    private static XElement Line(InvoiceLine line, int number) =>
        new(InvoiceNs + "invoiceDetails",
            new XElement(InvoiceNs + "lineNumber", number),
            line.Unit == MeasurementUnit.None ? null : new XElement(InvoiceNs + "quantity", line.Quantity.ToString("0.###", CultureInfo.InvariantCulture)),
            line.Unit == MeasurementUnit.None ? null : new XElement(InvoiceNs + "measurementUnit", (int)line.Unit),
            new XElement(InvoiceNs + "netValue", Amount(line.NetValue)),
            new XElement(InvoiceNs + "vatCategory", (int)line.VatCategory),
            new XElement(InvoiceNs + "vatAmount", Amount(line.VatAmount)),
            line.VatExemptionCategory is { } exemption ? new XElement(InvoiceNs + "vatExemptionCategory", exemption) : null,
            Classification(line.Classification, line.NetValue));

    private static XElement Summary(InvoiceDocument d) =>
        new(InvoiceNs + "invoiceSummary",
            new XElement(InvoiceNs + "totalNetValue", Amount(d.Totals.Net)),
            new XElement(InvoiceNs + "totalVatAmount", Amount(d.Totals.Vat)),
            new XElement(InvoiceNs + "totalWithheldAmount", Amount(Money.Zero)),
            new XElement(InvoiceNs + "totalFeesAmount", Amount(Money.Zero)),
            new XElement(InvoiceNs + "totalStampDutyAmount", Amount(Money.Zero)),
            new XElement(InvoiceNs + "totalOtherTaxesAmount", Amount(Money.Zero)),
            new XElement(InvoiceNs + "totalDeductionsAmount", Amount(Money.Zero)),
            new XElement(InvoiceNs + "totalGrossValue", Amount(d.Totals.Gross)),
            // The summary repeats the line classifications, summed per category and type.
            d.Lines.GroupBy(l => l.Classification)
                .Select(g => Classification(g.Key, g.Aggregate(Money.Zero, (s, l) => s + l.NetValue))));

    private static XElement Classification(IncomeClassification c, Money amount) =>
        new(InvoiceNs + "incomeClassification",
            new XElement(IclsNs + "classificationType", c.Type),
            new XElement(IclsNs + "classificationCategory", c.Category),
            new XElement(IclsNs + "amount", Amount(amount)));

    private static string Amount(Money m) => m.Round().Amount.ToString("0.00", CultureInfo.InvariantCulture);
}
