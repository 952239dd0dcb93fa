using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Api.Problems;

/// <summary>RFC 7807 answers with a stable <c>type</c> and a Greek or English <c>title</c>.</summary>
public static class ApiProblems
{
    public const string TypeBase = "https://dixis.gr/problems/";

    public static ProblemHttpResult Problem(int status, string code, string? detailCode = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = TypeBase + code,
            Title = Messages.Get(code),
            Detail = detailCode is null ? null : Messages.Get(detailCode),
        });

    public static ProblemHttpResult NotFound() => Problem(StatusCodes.Status404NotFound, "not-found");

    public static ProblemHttpResult Conflict(string detailCode) => Problem(StatusCodes.Status409Conflict, "conflict", detailCode);

    /// <summary>A 409 that names what conflicts (e.g. the products out of stock) in an extension member.</summary>
    public static ProblemHttpResult Conflict(string detailCode, string extension, object value)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = TypeBase + detailCode,
            Title = Messages.Get("conflict"),
            Detail = Messages.Get(detailCode),
        };
        problem.Extensions[extension] = value;
        return TypedResults.Problem(problem);
    }

    public static ValidationProblem Validation(FieldErrors errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(),
            title: Messages.Get("validation"),
            type: TypeBase + "validation");
}
