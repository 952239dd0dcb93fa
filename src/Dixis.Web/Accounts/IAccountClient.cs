using Dixis.Api.Features.Accounts;

namespace Dixis.Web.Accounts;

/// <summary>
/// The account API as the storefront's pages use it: in-process when embedded, over HTTP in production. Sign-in and
/// sign-out write the API's session cookie (<c>dixis.auth</c>) on the current response, so the browser keeps one session
/// for the pages and the API alike.
/// </summary>
public interface IAccountClient
{
    Task<AccountResult> RegisterAsync(RegisterRequest request, CancellationToken ct = default);

    /// <summary>Signs in with a persistent cookie session.</summary>
    Task<AccountResult> LoginAsync(LoginRequest request, CancellationToken ct = default);

    Task LogoutAsync(CancellationToken ct = default);

    /// <summary>The signed-in account of the current request, or null.</summary>
    Task<MeResponse?> MeAsync(CancellationToken ct = default);
}
