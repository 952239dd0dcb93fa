namespace Dixis.Domain.Greek;

/// <summary>Greek names of the 13 administrative regions (περιφέρειες), spelled once so tables cannot drift.</summary>
public static class Regions
{
    /// <summary>Αττική.</summary>
    public const string Attica = "Αττική";

    /// <summary>Πελοπόννησος.</summary>
    public const string Peloponnese = "Πελοπόννησος";

    /// <summary>Δυτική Ελλάδα.</summary>
    public const string WesternGreece = "Δυτική Ελλάδα";

    /// <summary>Ιόνια Νησιά.</summary>
    public const string IonianIslands = "Ιόνια Νησιά";

    /// <summary>Στερεά Ελλάδα.</summary>
    public const string CentralGreece = "Στερεά Ελλάδα";

    /// <summary>Θεσσαλία.</summary>
    public const string Thessaly = "Θεσσαλία";

    /// <summary>Ήπειρος.</summary>
    public const string Epirus = "Ήπειρος";

    /// <summary>Δυτική Μακεδονία.</summary>
    public const string WesternMacedonia = "Δυτική Μακεδονία";

    /// <summary>Κεντρική Μακεδονία.</summary>
    public const string CentralMacedonia = "Κεντρική Μακεδονία";

    /// <summary>Ανατολική Μακεδονία και Θράκη.</summary>
    public const string EasternMacedoniaThrace = "Ανατολική Μακεδονία και Θράκη";

    /// <summary>Κρήτη.</summary>
    public const string Crete = "Κρήτη";

    /// <summary>Βόρειο Αιγαίο.</summary>
    public const string NorthAegean = "Βόρειο Αιγαίο";

    /// <summary>Νότιο Αιγαίο.</summary>
    public const string SouthAegean = "Νότιο Αιγαίο";
}
