namespace Dixis.Api.Features.Producers;

/// <summary>A product as a producer creates or edits it.</summary>
/// <param name="Name">Product name in Greek.</param>
/// <param name="CategorySlug">Category slug, e.g. <c>meli</c>.</param>
/// <param name="Description">Description.</param>
/// <param name="Price">Price in EUR with VAT, up to 2 decimals.</param>
/// <param name="Unit">piece, kilogram or litre.</param>
/// <param name="NetQuantity">Net quantity of one item in the unit (0.5 for 500 g).</param>
/// <param name="WeightGrams">Shipping weight in grams.</param>
/// <param name="Stock">Units in stock; null for unlimited.</param>
/// <param name="VatRateClass">standard, reduced or super-reduced.</param>
/// <param name="Allergens">Names of the 14 EU allergens present (e.g. Milk, Nuts).</param>
/// <param name="Ingredients">Ingredients list.</param>
/// <param name="Origin">Place of origin.</param>
/// <param name="Storage">Storage instructions.</param>
/// <param name="QualityLabel">none, pdo, pgi or tsg.</param>
/// <param name="IsOrganic">Certified organic.</param>
public sealed record ProductRequest(
    string? Name, string? CategorySlug, string? Description, decimal? Price, string? Unit, decimal? NetQuantity, int? WeightGrams, int? Stock,
    string? VatRateClass, IReadOnlyList<string>? Allergens, string? Ingredients, string? Origin, string? Storage, string? QualityLabel, bool? IsOrganic);

/// <summary>A producer's own product, with its moderation state.</summary>
public sealed record OwnProductResponse(Guid Id, string Slug, string Name, decimal Price, int? Stock, string Approval, string? RejectionReason);
