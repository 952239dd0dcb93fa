using Dixis.Api.Features.Orders;
using Dixis.Web.Accounts;

namespace Dixis.Web.Orders;

/// <summary>
/// What an order, cart or address call answered: the value, or the API's problem details in the request's language
/// (title, detail, field errors keyed by the API's field names, and the products a 409 names).
/// </summary>
/// <param name="Value">The answer on success.</param>
/// <param name="Status">HTTP status the API gave (the in-process call's typed result has the same).</param>
/// <param name="Code">The problem's stable code: the last segment of its <c>type</c> (validation, conflict, checkout.price-changed...).</param>
/// <param name="Title">Problem title.</param>
/// <param name="Detail">Problem detail.</param>
/// <param name="Errors">Field errors.</param>
/// <param name="Products">Products a conflict names (out of stock, repriced, no longer on sale).</param>
public sealed record ApiResult<T>(
    T? Value,
    int Status,
    string? Code,
    string? Title,
    string? Detail,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<ConflictingProduct> Products)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The errors of one field, or none.</summary>
    public IReadOnlyList<string> For(string field) => Errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>The same failure for the storefront's form components (<see cref="Components.Shared.FormProblems"/>, FieldError).</summary>
    public AccountResult ForForm() =>
        Succeeded ? AccountResult.Ok() : AccountResult.Failed(Detail is null ? Title : Title + " " + Detail, Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
}

/// <summary>Builds <see cref="ApiResult{T}"/> values.</summary>
public static class ApiResult
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    public static ApiResult<T> Ok<T>(T? value, int status = StatusCodes.Status200OK) => new(value, status, null, null, null, NoErrors, []);

    public static ApiResult<T> Failed<T>(int status, string? type, string? title, string? detail, IDictionary<string, string[]>? errors, IReadOnlyList<ConflictingProduct>? products) =>
        new(default, status, type?[(type.LastIndexOf('/') + 1)..], title, detail,
            errors is null ? NoErrors : new Dictionary<string, string[]>(errors, StringComparer.Ordinal), products ?? []);
}
