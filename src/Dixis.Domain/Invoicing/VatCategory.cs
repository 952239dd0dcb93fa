namespace Dixis.Domain.Invoicing;

/// <summary>myDATA VAT categories (the enum value is the code sent to AADE).</summary>
public enum VatCategory
{
    /// <summary>24 %.</summary>
    Standard24 = 1,

    /// <summary>13 %.</summary>
    Reduced13 = 2,

    /// <summary>6 %.</summary>
    SuperReduced6 = 3,

    /// <summary>17 % (island-reduced standard).</summary>
    IslandStandard17 = 4,

    /// <summary>9 % (island-reduced reduced).</summary>
    IslandReduced9 = 5,

    /// <summary>4 % (island-reduced super-reduced).</summary>
    IslandSuperReduced4 = 6,

    /// <summary>No VAT; the line must carry an exemption reason (myDATA vatExemptionCategory 1–31).</summary>
    Exempt = 7,
}
