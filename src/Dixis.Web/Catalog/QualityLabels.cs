using Dixis.Web.Localization;

namespace Dixis.Web.Catalog;

/// <summary>EU quality scheme badges as Greek labels print them: ΠΟΠ (PDO), ΠΓΕ (PGI), ΕΠΙΠ (TSG).</summary>
public static class QualityLabels
{
    /// <summary>Short badge text, or null for no label.</summary>
    public static string? Badge(string? label) => label switch
    {
        "Pdo" => Ui.T("ΠΟΠ", "PDO"),
        "Pgi" => Ui.T("ΠΓΕ", "PGI"),
        "Tsg" => Ui.T("ΕΠΙΠ", "TSG"),
        _ => null,
    };

    /// <summary>Full name of the scheme.</summary>
    public static string? FullName(string? label) => label switch
    {
        "Pdo" => Ui.T("Προστατευόμενη Ονομασία Προέλευσης", "Protected Designation of Origin"),
        "Pgi" => Ui.T("Προστατευόμενη Γεωγραφική Ένδειξη", "Protected Geographical Indication"),
        "Tsg" => Ui.T("Εγγυημένο Παραδοσιακό Ιδιότυπο Προϊόν", "Traditional Speciality Guaranteed"),
        _ => null,
    };
}
