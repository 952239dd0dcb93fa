using System.Globalization;
using Dixis.Api.Features.Search;
using Dixis.Web.Hosting;

namespace Dixis.Web.Catalog;

/// <summary>
/// The filters of a category or search page as they arrive in the query string (all text, so a mistyped value is
/// reported on the page instead of failing the request), turned into a validated <see cref="SearchQuery"/>.
/// </summary>
public sealed record ListingFilters(
    string? Q = null,
    string? Category = null,
    string? MinPrice = null,
    string? MaxPrice = null,
    string? Label = null,
    string? Organic = null,
    string? Producer = null,
    string? Region = null,
    string? Sort = null,
    string? Page = null)
{
    public const int PageSize = 24;

    public int PageNumber => int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 100_000 ? p : 1;

    public bool HasFilters => new[] { MinPrice, MaxPrice, Label, Organic, Producer, Region }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The search to run and the problems of the input (in the shopper's language). With problems, only the text and category are kept.</summary>
    public (SearchQuery Query, IReadOnlyList<string> Problems) ToQuery(string defaultSort)
    {
        var problems = new List<string>();
        var min = ParsePrice(MinPrice, problems);
        var max = ParsePrice(MaxPrice, problems);
        var q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        var query = new SearchQuery(
            q,
            Empty(Category),
            Empty(Producer),
            Empty(Region),
            Empty(Label)?.ToLowerInvariant(),
            Organic == "true" ? true : null,
            min,
            max,
            Empty(Sort) ?? defaultSort,
            PageNumber,
            PageSize);
        var errors = query.Validate();
        if (errors.Any)
        {
            problems.AddRange(errors.ToDictionary().Values.SelectMany(v => v));
        }

        if (problems.Count == 0)
        {
            return (query, problems);
        }

        var fallback = new SearchQuery(q, Empty(Category), Sort: defaultSort);
        if (fallback.Validate().Any)
        {
            fallback = fallback with { Q = null };
        }

        return (fallback.Validate().Any ? new SearchQuery(Sort: defaultSort) : fallback, problems.Distinct().ToList());
    }

    /// <summary>This page's URL with the same filters and another page number.</summary>
    public string Link(string path, int page) => new UrlBuilder(path)
        .Add("q", Q)
        .Add("category", Category)
        .Add("minPrice", MinPrice)
        .Add("maxPrice", MaxPrice)
        .Add("label", Label)
        .Add("organic", Organic)
        .Add("producer", Producer)
        .Add("region", Region)
        .Add("sort", Sort)
        .Add("page", page > 1 ? page : null)
        .ToString();

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Shoppers type 12,50 as often as 12.50.
    private static decimal? ParsePrice(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(Dixis.Api.Problems.Messages.Get("price"));
        return null;
    }
}
