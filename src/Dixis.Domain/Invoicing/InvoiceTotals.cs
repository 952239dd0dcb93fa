using Dixis.Domain.Pricing;

namespace Dixis.Domain.Invoicing;

/// <summary>Net, VAT and gross of one VAT category of a document.</summary>
public sealed record VatBreakdownRow(VatCategory Category, int RatePercent, Money Net, Money Vat)
{
    public Money Gross => Net + Vat;
}

/// <summary>Totals of a document and its VAT breakdown by category.</summary>
public sealed record InvoiceTotals(Money Net, Money Vat, Money Gross, IReadOnlyList<VatBreakdownRow> Breakdown)
{
    /// <summary>The totals of <paramref name="lines"/>: sums of the lines, breakdown ordered by category code.</summary>
    public static InvoiceTotals Of(IReadOnlyList<InvoiceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var net = lines.Aggregate(Money.Zero, (s, l) => s + l.NetValue);
        var vat = lines.Aggregate(Money.Zero, (s, l) => s + l.VatAmount);
        var breakdown = lines.GroupBy(l => l.VatCategory).OrderBy(g => (int)g.Key)
            .Select(g => new VatBreakdownRow(g.Key, VatCategories.Percent(g.Key),
                g.Aggregate(Money.Zero, (s, l) => s + l.NetValue), g.Aggregate(Money.Zero, (s, l) => s + l.VatAmount)))
            .ToArray();
        return new InvoiceTotals(net, vat, net + vat, breakdown);
    }
}
