using Dixis.Api.Features.Accounts;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Dixis.Web.Accounts;

/// <summary>Embedded mode: calls the account endpoints' own handlers, so the rules (AFM, password, lockout) are the API's.</summary>
public sealed class InProcessAccountClient(
    IHttpContextAccessor accessor,
    UserManager<DixisUser> users,
    SignInManager<DixisUser> signIn,
    DixisDbContext db,
    DixisMetrics metrics,
    SecurityEvents security,
    TimeProvider clock) : IAccountClient
{
    public async Task<AccountResult> RegisterAsync(RegisterRequest request, CancellationToken ct = default) =>
        (await AccountEndpoints.Register(request, users, metrics, clock)).Result switch
        {
            Created<MeResponse> created => AccountResult.Ok(created.Value),
            ValidationProblem invalid => AccountResult.Failed(invalid.ProblemDetails.Title, invalid.ProblemDetails.Errors),
            var other => throw new InvalidOperationException($"Unexpected register result {other.GetType().Name}"),
        };

    public async Task<AccountResult> LoginAsync(LoginRequest request, CancellationToken ct = default) =>
        (await AccountEndpoints.Login(request, useCookies: true, signIn, metrics, security)).Result switch
        {
            EmptyHttpResult => AccountResult.Ok(),
            ProblemHttpResult problem => AccountResult.Failed(problem.ProblemDetails.Title),
            ValidationProblem invalid => AccountResult.Failed(invalid.ProblemDetails.Title, invalid.ProblemDetails.Errors),
            var other => throw new InvalidOperationException($"Unexpected login result {other.GetType().Name}"),
        };

    public Task LogoutAsync(CancellationToken ct = default) => AccountEndpoints.Logout(signIn);

    public async Task<MeResponse?> MeAsync(CancellationToken ct = default)
    {
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        return (await AccountEndpoints.Me(user, users, db)).Result is Ok<MeResponse> ok ? ok.Value : null;
    }
}
