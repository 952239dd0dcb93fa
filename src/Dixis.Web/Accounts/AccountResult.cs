using Dixis.Api.Features.Accounts;

namespace Dixis.Web.Accounts;

/// <summary>
/// What the account API answered: success (with the account, when it says), or a title and field errors in the
/// request's language, ready to show next to the form's fields (keys are the API's field names: email, password, afm...).
/// </summary>
public sealed record AccountResult(bool Succeeded, string? Title, IReadOnlyDictionary<string, string[]> Errors, MeResponse? Account = null)
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    /// <summary>The API asks for the authenticator code (two-factor is on): the form shows its code field.</summary>
    public bool TwoFactorRequired { get; init; }

    /// <summary>The problem's detail, when it has one (e.g. "the code is not correct").</summary>
    public string? Detail { get; init; }

    public static AccountResult Ok(MeResponse? account = null) => new(true, null, NoErrors, account);

    public static AccountResult Failed(string? title, IDictionary<string, string[]>? errors = null, string? detail = null) =>
        new(false, title, errors is null ? NoErrors : new Dictionary<string, string[]>(errors, StringComparer.Ordinal)) { Detail = detail };

    /// <summary>Whether a problem type is the API's <c>two-factor-required</c>.</summary>
    public static bool IsTwoFactorProblem(string? type) =>
        type?.EndsWith("/two-factor-required", StringComparison.Ordinal) == true;

    /// <summary>The errors of one field, or none.</summary>
    public IReadOnlyList<string> For(string field) => Errors.TryGetValue(field, out var list) ? list : [];
}
