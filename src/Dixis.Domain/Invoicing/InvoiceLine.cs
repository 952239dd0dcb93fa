using Dixis.Domain.Pricing;

namespace Dixis.Domain.Invoicing;

/// <summary>One line of a document; amounts are positive euros with two decimals, also on credit notes.</summary>
/// <param name="Description">What was sold, printed on the PDF (myDATA gets no description).</param>
/// <param name="Quantity">Quantity in <paramref name="Unit"/>; 1 for amount-only lines.</param>
/// <param name="Unit">Unit, or <see cref="MeasurementUnit.None"/> for shipping, fees, services and amount-only lines.</param>
/// <param name="NetValue">Net value of the whole line (not the unit price).</param>
/// <param name="VatCategory">myDATA VAT category.</param>
/// <param name="VatAmount">VAT of the line: net × rate rounded to cents (a cent's difference is tolerated).</param>
/// <param name="Classification">E3 income classification of the net value.</param>
/// <param name="VatExemptionCategory">myDATA exemption reason 1–31, required with <see cref="VatCategory.Exempt"/> only.</param>
/// <param name="ItemCode">Optional product code (printed).</param>
public sealed record InvoiceLine(
    string Description,
    decimal Quantity,
    MeasurementUnit Unit,
    Money NetValue,
    VatCategory VatCategory,
    Money VatAmount,
    IncomeClassification Classification,
    int? VatExemptionCategory = null,
    string? ItemCode = null)
{
    /// <summary>Net plus VAT.</summary>
    public Money GrossValue => NetValue + VatAmount;

    /// <summary>
    /// A line from a VAT-inclusive amount (catalogue prices are gross): net = gross / (1 + rate) rounded,
    /// VAT = gross − net, so the line adds up to the gross the buyer paid.
    /// </summary>
    public static InvoiceLine FromGross(string description, decimal quantity, MeasurementUnit unit, Money gross, VatCategory category, IncomeClassification classification, string? itemCode = null)
    {
        var rate = VatCategories.Rate(category);
        var net = Vat.VatMath.NetFromGross(gross, rate);
        return new InvoiceLine(description, quantity, unit, net, category, gross.Round() - net, classification, ItemCode: itemCode);
    }

    /// <summary>A line from a net amount: VAT = net × rate rounded.</summary>
    public static InvoiceLine FromNet(string description, decimal quantity, MeasurementUnit unit, Money net, VatCategory category, IncomeClassification classification, string? itemCode = null)
    {
        var rounded = net.Round();
        return new InvoiceLine(description, quantity, unit, rounded, category, Vat.VatMath.VatFromNet(rounded, VatCategories.Rate(category)), classification, ItemCode: itemCode);
    }
}
