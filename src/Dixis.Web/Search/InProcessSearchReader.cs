using Dixis.Api.Features.Search;

namespace Dixis.Web.Search;

/// <summary>Embedded mode: the same search code the API endpoints use, without a network hop.</summary>
public sealed class InProcessSearchReader(SearchQueries queries) : ISearchReader
{
    public Task<SearchResponse> SearchAsync(SearchQuery query, CancellationToken ct = default) => queries.SearchAsync(query, ct);

    public Task<SuggestResponse> SuggestAsync(string q, int size, CancellationToken ct = default) => queries.SuggestAsync(q, size, ct);
}
