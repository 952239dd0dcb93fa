namespace Dixis.Domain.Vat;

/// <summary>A period during which an island's supplies qualify for the 30 % lower island VAT rates.</summary>
/// <param name="IslandKey">Island key as in <see cref="Greek.PostalCodeDirectory.Islands"/>, e.g. "lesvos".</param>
/// <param name="ValidFrom">First day (inclusive).</param>
/// <param name="ValidTo">Last day (inclusive), or null while in force.</param>
/// <param name="LegalBasis">Where the rule comes from, for audits.</param>
public sealed record QualifyingIsland(string IslandKey, DateOnly ValidFrom, DateOnly? ValidTo, string LegalBasis)
{
    /// <summary>True when <paramref name="date"/> falls inside this period.</summary>
    public bool CoversDate(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo.Value);
}
