using Dixis.Api.Features.Search;

namespace Dixis.Web.Search;

/// <summary>What the storefront reads of the search engine: in-process when embedded, over HTTP in production.</summary>
public interface ISearchReader
{
    /// <summary>A page of results with facets; the query must have passed <see cref="SearchQuery.Validate"/>.</summary>
    Task<SearchResponse> SearchAsync(SearchQuery query, CancellationToken ct = default);

    /// <summary>Autocomplete; the input must have passed <see cref="SearchEndpoints.ValidateSuggest"/>.</summary>
    Task<SuggestResponse> SuggestAsync(string q, int size, CancellationToken ct = default);
}
