using Dixis.Api.Features.Accounts;

namespace Dixis.Web.Accounts;

/// <summary>The signed-in account of this request, asked of the API at most once per request.</summary>
public sealed class CurrentAccount(IAccountClient accounts)
{
    private Task<MeResponse?>? _me;

    public Task<MeResponse?> GetAsync(CancellationToken ct = default) => _me ??= accounts.MeAsync(ct);
}
