using Dixis.Api.Features.Accounts;

namespace Dixis.Web.Accounts;

/// <summary>
/// What the account API answered: success (with the account, when it says), or a title and field errors in the
/// request's language, ready to show next to the form's fields (keys are the API's field names: email, password, afm...).
/// </summary>
public sealed record AccountResult(bool Succeeded, string? Title, IReadOnlyDictionary<string, string[]> Errors, MeResponse? Account = null)
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    public static AccountResult Ok(MeResponse? account = null) => new(true, null, NoErrors, account);

    public static AccountResult Failed(string? title, IDictionary<string, string[]>? errors = null) =>
        new(false, title, errors is null ? NoErrors : new Dictionary<string, string[]>(errors, StringComparer.Ordinal));

    /// <summary>The errors of one field, or none.</summary>
    public IReadOnlyList<string> For(string field) => Errors.TryGetValue(field, out var list) ? list : [];
}
