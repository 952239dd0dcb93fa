using System.Globalization;
using Dixis.Web.Localization;

namespace Dixis.Web.Catalog;

/// <summary>Prices as shoppers read them: <c>1.234,50 €</c> in Greek, <c>€1,234.50</c> in English.</summary>
public static class Price
{
    private static readonly CultureInfo Greek = CultureInfo.GetCultureInfo("el-GR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Format(decimal amount) =>
        Ui.English ? "€" + amount.ToString("#,##0.00", English) : amount.ToString("#,##0.00", Greek) + " €";

    /// <summary>Price per kg or litre, e.g. <c>15,26 €/kg</c>; null for pieces.</summary>
    public static string? PerUnit(decimal? perUnit, string unit) => perUnit is null ? null : unit switch
    {
        "Kilogram" => Format(perUnit.Value) + "/kg",
        "Litre" => Format(perUnit.Value) + Ui.T("/λίτρο", "/litre"),
        _ => null,
    };

    /// <summary>Net quantity as a label shows it: 950 g, 1 kg, 750 ml, 5 L.</summary>
    public static string Quantity(decimal net, string unit) => unit switch
    {
        "Kilogram" => net < 1 ? $"{(net * 1000).ToString("0.#", CultureInfo.CurrentCulture)} g" : $"{net.ToString("0.###", CultureInfo.CurrentCulture)} kg",
        "Litre" => net < 1 ? $"{(net * 1000).ToString("0.#", CultureInfo.CurrentCulture)} ml" : $"{net.ToString("0.###", CultureInfo.CurrentCulture)} L",
        _ => Ui.T($"{net:0.###} τεμ.", $"{net:0.###} pcs"),
    };
}
