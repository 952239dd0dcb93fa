namespace Dixis.Infrastructure.Data.Catalog;

/// <summary>EU quality scheme label: PDO (ΠΟΠ), PGI (ΠΓΕ) or TSG (ΕΠΙΠ).</summary>
public enum QualityLabel
{
    None = 0,
    Pdo = 1,
    Pgi = 2,
    Tsg = 3,
}
