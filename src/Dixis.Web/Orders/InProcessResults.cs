using System.Text.Json;
using Dixis.Api.Features.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Web.Orders;

/// <summary>Turns an endpoint handler's typed result (called in-process in embedded mode) into an <see cref="ApiResult{T}"/>.</summary>
public static class InProcessResults
{
    public static ApiResult<T> From<T>(IResult result) => result switch
    {
        INestedHttpResult nested => From<T>(nested.Result),
        IValueHttpResult<T> value => ApiResult.Ok<T>(value.Value, (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK),
        NoContent => ApiResult.Ok<T>(default, StatusCodes.Status204NoContent),
        ValidationProblem invalid => FromProblem<T>(invalid.ProblemDetails, invalid.ProblemDetails.Errors),
        ProblemHttpResult problem => FromProblem<T>(problem.ProblemDetails, null),
        _ => throw new InvalidOperationException($"Unexpected result {result.GetType().Name}"),
    };

    private static ApiResult<T> FromProblem<T>(ProblemDetails problem, IDictionary<string, string[]>? errors) =>
        ApiResult.Failed<T>(problem.Status ?? StatusCodes.Status400BadRequest, problem.Type, problem.Title, problem.Detail, errors, Products(problem));

    /// <summary>The products a conflict names: a list in-process, JSON over HTTP.</summary>
    internal static IReadOnlyList<ConflictingProduct> Products(ProblemDetails problem) =>
        problem.Extensions.TryGetValue("products", out var value) ? value switch
        {
            IEnumerable<ConflictingProduct> list => list.ToList(),
            JsonElement { ValueKind: JsonValueKind.Array } json => json.Deserialize<List<ConflictingProduct>>(JsonSerializerOptions.Web) ?? [],
            _ => [],
        }
        : [];
}
