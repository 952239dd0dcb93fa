using Dixis.Api.Features.Catalog;
using Dixis.Api.Features.Search;

namespace Dixis.Web.Catalog;

/// <summary>What a product card shows, from a catalogue listing or a search hit (which adds highlighted HTML).</summary>
public sealed record ProductCardModel(
    string Slug,
    string Name,
    string? NameHtml,
    string? SnippetHtml,
    decimal Price,
    string Unit,
    decimal? PricePerUnit,
    string ProducerName,
    string Region,
    string? QualityLabel,
    bool IsOrganic,
    bool InStock,
    string? ImageUrl)
{
    public static ProductCardModel From(ProductSummary p) =>
        new(p.Slug, p.Name, null, null, p.Price, p.Unit, p.PricePerUnit, p.ProducerName, p.Region, p.QualityLabel, p.IsOrganic, p.InStock, p.ImageUrl);

    /// <summary>The engine HTML-encodes the text and adds only <c>&lt;mark&gt;</c>, so its HTML is safe to render.</summary>
    public static ProductCardModel From(SearchItem p) =>
        new(p.Slug, p.Name, p.NameHtml, p.SnippetHtml, p.Price, p.Unit, p.PricePerUnit, p.ProducerName, p.Region, p.QualityLabel, p.IsOrganic, p.InStock, p.ImageUrl);
}
