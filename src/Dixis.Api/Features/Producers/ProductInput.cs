using Dixis.Api.Problems;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data.Catalog;

namespace Dixis.Api.Features.Producers;

/// <summary>A <see cref="ProductRequest"/> checked field by field.</summary>
internal sealed record ProductInput(
    string Name, string CategorySlug, string Description, decimal Price, SaleUnit Unit, decimal NetQuantity, int WeightGrams, int? Stock,
    VatRateClass VatRateClass, Allergens Allergens, string Ingredients, string Origin, string Storage, QualityLabel QualityLabel, bool IsOrganic)
{
    public static ProductInput? Validate(ProductRequest r, FieldErrors errors)
    {
        var name = errors.Text("name", r.Name, 200);
        var category = errors.Text("categorySlug", r.CategorySlug, 120);
        var description = PlainDescription.From(errors.Text("description", r.Description, 4000, required: false));
        var ingredients = errors.Text("ingredients", r.Ingredients, 2000, required: false);
        var origin = errors.Text("origin", r.Origin, 200, required: false);
        var storage = errors.Text("storage", r.Storage, 500, required: false);
        errors.When(r.Price is not { } p || p <= 0 || p > 100_000 || decimal.Round(p, 2) != p, "price", "price");
        var unit = errors.Enum<SaleUnit>("unit", r.Unit ?? "piece", "unit");
        errors.When(r.NetQuantity is { } q && (q <= 0 || q > 1000 || decimal.Round(q, 3) != q), "netQuantity", "quantity");
        errors.When(r.WeightGrams is not ({ } w and >= 1 and <= 100_000), "weightGrams", "weight");
        errors.When(r.Stock is < 0 or > 1_000_000, "stock", "stock");
        VatRateClass vat = default;
        errors.When(!VatMath.TryParseRateClass(r.VatRateClass, out vat), "vatRateClass", "rate-class");
        var label = errors.Enum<QualityLabel>("qualityLabel", r.QualityLabel ?? "none", "quality-label");
        var allergens = Allergens.None;
        foreach (var a in r.Allergens ?? [])
        {
            if (EnumNames.TryParse<Allergens>(a, out var flag) && flag != Allergens.None)
            {
                allergens |= flag;
            }
            else
            {
                errors.Add("allergens", "allergen");
            }
        }

        if (errors.Any)
        {
            return null;
        }

        return new ProductInput(name!, category!, description!, r.Price!.Value, unit, r.NetQuantity ?? 1, r.WeightGrams!.Value, r.Stock, vat, allergens,
            ingredients!, origin!, storage!, label, r.IsOrganic ?? false);
    }
}
