namespace Dixis.Infrastructure.Data.Catalog;

/// <summary>Reference row for an island written by greek-market-setup from the domain tables, for reports and admins.</summary>
public sealed class IslandReference
{
    public required string Key { get; set; }

    public required string Name { get; set; }

    public required string Prefecture { get; set; }

    public required string Region { get; set; }

    public required string ShippingZone { get; set; }

    /// <summary>Comma-separated five-digit postal codes.</summary>
    public required string PostalCodes { get; set; }

    /// <summary>First day the island-reduced VAT rates apply, null when they never do.</summary>
    public DateOnly? ReducedVatFrom { get; set; }
}
