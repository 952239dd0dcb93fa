using Dixis.Api.Features.Catalog;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Search;

namespace Dixis.Api.Features.Search;

/// <summary>
/// Search reads, shared by the API endpoints and the storefront when both run in one process (as <see cref="CatalogQueries"/> is).
/// Queries must have passed <see cref="SearchQuery.Validate"/>.
/// </summary>
public sealed class SearchQueries(IProductSearch engine)
{
    public async Task<SearchResponse> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        var filters = new SearchFilters
        {
            Category = query.Category,
            Producer = query.Producer,
            Region = query.Region,
            QualityLabel = query.Label is null ? null : Enum.Parse<QualityLabel>(query.Label, ignoreCase: true).ToString(),
            Organic = query.Organic,
            MinPrice = query.MinPrice,
            MaxPrice = query.MaxPrice,
        };
        var result = await engine.SearchAsync(
            new SearchRequest(query.Q, filters, CatalogQueries.SortOf(query.Sort), query.Page, query.PageSize, Facets: query.Facets, Highlight: true), ct);
        var items = result.Hits.Select(ToItem).ToList();
        var facets = result.Facets.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetValueDto>)f.Value.Select(v => new FacetValueDto(v.Value, v.Label, v.Count)).ToList(),
            StringComparer.Ordinal);
        return new SearchResponse(query.Q, items, query.Page, query.PageSize, result.Total, facets);
    }

    public async Task<SuggestResponse> SuggestAsync(string q, int size, CancellationToken ct = default)
    {
        var suggestions = await engine.SuggestAsync(q, size, ct);
        return new SuggestResponse(q, suggestions.Select(s => new SuggestionDto(s.Text, s.Slug, s.CategorySlug)).ToList());
    }

    private static SearchItem ToItem(SearchHit hit)
    {
        var d = hit.Document;
        decimal? perUnit = d.Unit == nameof(SaleUnit.Piece) || d.NetQuantity <= 0 ? null : Math.Round(d.Price / d.NetQuantity, 2, MidpointRounding.AwayFromZero);
        return new SearchItem(d.Id, d.Slug, d.Name, hit.NameHtml, hit.SnippetHtml, d.Price, d.Unit, d.NetQuantity, perUnit, d.CategorySlug, d.CategoryName,
            d.ProducerSlug, d.ProducerName, d.Region, d.QualityLabel == nameof(QualityLabel.None) ? null : d.QualityLabel, d.IsOrganic, d.InStock,
            d.ImageKey is null ? null : CatalogQueries.MediaPrefix + d.ImageKey, hit.Score);
    }
}
