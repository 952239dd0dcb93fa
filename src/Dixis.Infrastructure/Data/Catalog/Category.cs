namespace Dixis.Infrastructure.Data.Catalog;

/// <summary>A product category of the catalogue, named in Greek and English.</summary>
public sealed class Category
{
    public int Id { get; set; }

    /// <summary>Canonical Greeklish slug, unique.</summary>
    public required string Slug { get; set; }

    public required string NameEl { get; set; }

    public required string NameEn { get; set; }

    public int SortOrder { get; set; }

    public List<Product> Products { get; } = [];
}
