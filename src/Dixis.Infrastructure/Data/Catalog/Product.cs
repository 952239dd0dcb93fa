using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data.Producers;

namespace Dixis.Infrastructure.Data.Catalog;

/// <summary>A product a producer sells. Prices are gross (VAT included), as Greek consumers see them.</summary>
public sealed class Product
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProducerId { get; set; }

    public Producer? Producer { get; set; }

    public int CategoryId { get; set; }

    public Category? Category { get; set; }

    public required string Name { get; set; }

    /// <summary>Canonical Greeklish slug, unique across the catalogue.</summary>
    public required string Slug { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Price per item in EUR, VAT included, two decimals.</summary>
    public decimal Price { get; set; }

    public SaleUnit Unit { get; set; }

    /// <summary>Net quantity of one item in the unit (0.5 for 500 g when the unit is kg).</summary>
    public decimal NetQuantity { get; set; } = 1;

    /// <summary>Shipping weight of one item in grams.</summary>
    public int WeightGrams { get; set; }

    /// <summary>Units in stock; null means unlimited (made to order).</summary>
    public int? Stock { get; set; }

    public VatRateClass VatRateClass { get; set; }

    public Allergens Allergens { get; set; }

    public string Ingredients { get; set; } = "";

    public string Origin { get; set; } = "";

    public string Storage { get; set; } = "";

    public QualityLabel QualityLabel { get; set; }

    public bool IsOrganic { get; set; }

    public ApprovalStatus Approval { get; set; }

    public string? RejectionReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ProductImage> Images { get; } = [];
}
