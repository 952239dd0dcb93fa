using Dixis.Api.Features.Search;

namespace Dixis.Web.Search;

/// <summary>
/// <c>GET /search/suggest?q=</c> for the header's suggestions script. It lives on the storefront (not under <c>/api</c>)
/// so it works the same in both modes and behind the proxy, which sends <c>/api/</c> to the backend.
/// </summary>
public static class SuggestEndpoint
{
    public const string Path = "/search/suggest";

    public static IEndpointRouteBuilder MapSuggestEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (string? q, ISearchReader search, HttpContext context, CancellationToken ct) =>
        {
            if (SearchEndpoints.ValidateSuggest(q, 8).Any)
            {
                return Results.Json(new SuggestResponse(q ?? "", []), statusCode: StatusCodes.Status400BadRequest);
            }

            context.Response.Headers.CacheControl = "public, max-age=60";
            return Results.Json(await search.SuggestAsync(q!.Trim(), 8, ct));
        }).ExcludeFromDescription();
        return app;
    }
}
