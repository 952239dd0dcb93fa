using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Web.Producer;

/// <summary>Turns what an API handler returned (called in-process) into an <see cref="AreaResult{T}"/>, as the HTTP client does with the response.</summary>
public static class InProcessAnswers
{
    public static AreaResult<T> From<T>(IResult result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        // Problems first: they carry values too (their problem details), which an IValueHttpResult<object> would take for success.
        return result switch
        {
            ValidationProblem invalid => AreaResult.Failed<T>(invalid.ProblemDetails.Title, invalid.ProblemDetails.Errors),
            ProblemHttpResult problem => AreaResult.Failed<T>(problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title),
            NoContent => AreaResult.Ok<T>(default),
            IValueHttpResult<T> { Value: var value } => AreaResult.Ok(value),
            _ => throw new InvalidOperationException($"Unexpected API result {result.GetType().Name}"),
        };
    }

    /// <summary>The value of a successful read, or <paramref name="otherwise"/> (a 404 or similar).</summary>
    public static T ValueOr<T>(IResult result, T otherwise) => From<T>(result) is { Succeeded: true, Value: { } value } ? value : otherwise;
}
