using System.Globalization;
using Dixis.Api.Features.Sales;
using Dixis.Web.Catalog;
using Dixis.Web.Localization;

namespace Dixis.Web.Producer;

/// <summary>Sales figures as the charts and their tables show them.</summary>
public static class SalesText
{
    public static string Date(DateOnly date) => date.ToString("d MMM", CultureInfo.GetCultureInfo(Ui.English ? "en" : "el-GR"));

    public static IReadOnlyList<ChartBar> ByDay(IReadOnlyList<SalesDay> days) =>
        days.Select(d => new ChartBar(Date(d.Date), d.Total, $"{Price.Format(d.Total)} ({Orders(d.Orders)})")).ToList();

    public static IReadOnlyList<ChartBar> ByRegion(IReadOnlyList<SalesRegion> regions) =>
        regions.Select(r => new ChartBar(r.Region, r.Total, $"{Price.Format(r.Total)} ({Orders(r.Orders)})")).ToList();

    public static string Orders(int count) => Ui.English
        ? (count == 1 ? "1 order" : $"{count} orders")
        : (count == 1 ? "1 παραγγελία" : $"{count} παραγγελίες");

    /// <summary>The period and its total in a sentence, for the chart's description.</summary>
    public static string Summary(DateOnly from, DateOnly to, int orders, decimal total) => Ui.T(
        $"Πωλήσεις ανά ημέρα από {Date(from)} έως {Date(to)}: σύνολο {Price.Format(total)} από {Orders(orders)}.",
        $"Sales by day from {Date(from)} to {Date(to)}: {Price.Format(total)} in all from {Orders(orders)}.");

    public static string Status(string status) => status switch
    {
        "Pending" => Ui.T("Σε αναμονή", "Pending"),
        "Confirmed" => Ui.T("Επιβεβαιωμένη", "Confirmed"),
        "Processing" => Ui.T("Σε προετοιμασία", "Processing"),
        "Shipped" => Ui.T("Απεστάλη", "Shipped"),
        "Delivered" => Ui.T("Παραδόθηκε", "Delivered"),
        "Cancelled" => Ui.T("Ακυρώθηκε", "Cancelled"),
        "Approved" => Ui.T("Εγκρίθηκε", "Approved"),
        "Rejected" => Ui.T("Απορρίφθηκε", "Rejected"),
        "Active" => Ui.T("Ενεργός", "Active"),
        "Suspended" => Ui.T("Σε αναστολή", "Suspended"),
        _ => status,
    };
}
