using System.Globalization;

namespace Dixis.Web.Catalog;

/// <summary>Prices as Greek shoppers read them: <c>12,50 €</c>.</summary>
public static class Price
{
    private static readonly CultureInfo Greek = CultureInfo.GetCultureInfo("el-GR");

    public static string Format(decimal amount) => amount.ToString("#,##0.00", Greek) + " €";
}
