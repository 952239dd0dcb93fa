namespace Dixis.Api.Features.Search;

/// <summary>
/// One product found. Prices in EUR, VAT included. <c>nameHtml</c> is the HTML-encoded name with the matched words in
/// <c>&lt;mark&gt;</c>, <c>snippetHtml</c> part of the description around the matches; <c>score</c> compares within one answer only.
/// </summary>
public sealed record SearchItem(
    Guid Id,
    string Slug,
    string Name,
    string? NameHtml,
    string? SnippetHtml,
    decimal Price,
    string Unit,
    decimal NetQuantity,
    decimal? PricePerUnit,
    string CategorySlug,
    string CategoryName,
    string ProducerSlug,
    string ProducerName,
    string Region,
    string? QualityLabel,
    bool IsOrganic,
    bool InStock,
    string? ImageUrl,
    float Score);

/// <summary>A facet value: <c>value</c> is what to send back as the filter, <c>label</c> what to show.</summary>
public sealed record FacetValueDto(string Value, string Label, long Count);

/// <summary>
/// A page of search results with facet counts over all matches: category, producer, region, qualityLabel, organic, price.
/// </summary>
public sealed record SearchResponse(
    string? Query,
    IReadOnlyList<SearchItem> Items,
    int Page,
    int PageSize,
    long TotalCount,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets)
{
    /// <summary>Number of pages.</summary>
    public long TotalPages => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>An autocomplete proposal.</summary>
public sealed record SuggestionDto(string Text, string Slug, string CategorySlug);

/// <summary>Autocomplete proposals for what was typed.</summary>
public sealed record SuggestResponse(string Query, IReadOnlyList<SuggestionDto> Suggestions);
