namespace Dixis.Infrastructure.Data.Catalog;

/// <summary>An image of a product held in object storage.</summary>
public sealed class ProductImage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProductId { get; set; }

    /// <summary>Key in object storage (bucket-relative).</summary>
    public required string BlobKey { get; set; }

    public required string ContentType { get; set; }

    public string Alt { get; set; } = "";

    public int SortOrder { get; set; }
}
