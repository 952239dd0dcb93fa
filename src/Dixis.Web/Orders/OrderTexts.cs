using System.Globalization;
using Dixis.Web.Localization;

namespace Dixis.Web.Orders;

/// <summary>The API's order words (statuses, zones, methods) as shoppers read them, in Greek or English.</summary>
public static class OrderTexts
{
    private static readonly TimeZoneInfo Athens = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public static string Status(string status) => status switch
    {
        "Pending" => Ui.T("Σε αναμονή πληρωμής", "Awaiting payment"),
        "Confirmed" => Ui.T("Επιβεβαιώθηκε", "Confirmed"),
        "Processing" => Ui.T("Σε προετοιμασία", "Being prepared"),
        "Shipped" => Ui.T("Απεστάλη", "Shipped"),
        "Delivered" => Ui.T("Παραδόθηκε", "Delivered"),
        "Cancelled" => Ui.T("Ακυρώθηκε", "Cancelled"),
        _ => status,
    };

    public static string Zone(string? zone) => zone switch
    {
        "Attica" => Ui.T("Αττική", "Attica"),
        "Thessaloniki" => Ui.T("Θεσσαλονίκη", "Thessaloniki"),
        "Mainland" => Ui.T("Ηπειρωτική Ελλάδα", "Mainland Greece"),
        "Crete" => Ui.T("Κρήτη", "Crete"),
        "LargeIsland" => Ui.T("Μεγάλο νησί", "Large island"),
        "SmallIsland" => Ui.T("Μικρό νησί", "Small island"),
        "Remote" => Ui.T("Απομακρυσμένο νησί", "Remote island"),
        null => Ui.T("Παραλαβή από τον παραγωγό", "Pickup from the producer"),
        _ => zone,
    };

    public static string Payment(string method) => method switch
    {
        "cod" => Ui.T("Αντικαταβολή", "Cash on delivery"),
        _ => Ui.T("Κάρτα", "Card"),
    };

    /// <summary>A time in Athens, as the buyer lives it.</summary>
    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Athens).ToString(Ui.English ? "d MMM yyyy HH:mm" : "d/M/yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Kilograms(int grams) => (grams / 1000m).ToString("0.###", CultureInfo.CurrentCulture) + " kg";
}
