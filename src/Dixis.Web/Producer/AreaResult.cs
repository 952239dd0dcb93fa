using Dixis.Web.Accounts;

namespace Dixis.Web.Producer;

/// <summary>
/// What the API answered to a producer- or admin-area call: the value on success, or the problem (title and field errors
/// in the request's language, shaped like <see cref="AccountResult"/> so the same form components show it).
/// </summary>
public sealed record AreaResult<T>(T? Value, AccountResult Problem)
{
    public bool Succeeded => Problem.Succeeded;
}

/// <summary>Makes <see cref="AreaResult{T}"/> values.</summary>
public static class AreaResult
{
    public static AreaResult<T> Ok<T>(T? value) => new(value, AccountResult.Ok());

    public static AreaResult<T> Failed<T>(string? title, IDictionary<string, string[]>? errors = null) => new(default, AccountResult.Failed(title, errors));
}
