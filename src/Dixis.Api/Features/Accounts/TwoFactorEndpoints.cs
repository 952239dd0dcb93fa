using System.Security.Claims;
using System.Text;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Dixis.Api.Features.Accounts;

/// <summary>
/// Optional TOTP two-factor authentication (ASP.NET Identity's authenticator token provider: RFC 6238, 6 digits,
/// 30 seconds): set-up, enabling with a first code, recovery codes, and disabling with password and code.
/// Admins must enable it before any other admin endpoint answers (see <c>AuthorizationPolicies</c>).
/// </summary>
public static class TwoFactorEndpoints
{
    public const string Issuer = "Dixis";
    private const int RecoveryCodeCount = 10;

    public static RouteGroupBuilder MapTwoFactorEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me/2fa").WithTags("Accounts").RequireAuthorization();
        group.MapGet("", Status).WithName("GetTwoFactor").WithSummary("Whether two-factor authentication is on, and recovery codes left");
        group.MapPost("/setup", Setup).WithName("SetUpTwoFactor")
            .WithSummary("Create a new authenticator key; returns the secret and the otpauth URI (409 while two-factor is on)");
        group.MapPost("/enable", Enable).WithName("EnableTwoFactor")
            .WithSummary("Turn two-factor on with a first code from the app; returns ten one-time recovery codes");
        group.MapPost("/disable", Disable).WithName("DisableTwoFactor")
            .WithSummary("Turn two-factor off with the password and a current code; the key is discarded");
        group.MapPost("/recovery-codes", NewRecoveryCodes).WithName("RenewRecoveryCodes")
            .WithSummary("Replace the recovery codes (a current code is needed); the old ones stop working");
        return api;
    }

    private static async Task<Results<Ok<TwoFactorStatus>, ProblemHttpResult>> Status(ClaimsPrincipal principal, UserManager<DixisUser> users)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        return TypedResults.Ok(new TwoFactorStatus(
            user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user), await users.IsInRoleAsync(user, Roles.Admin)));
    }

    private static async Task<Results<Ok<TwoFactorSetupResponse>, ProblemHttpResult>> Setup(
        ClaimsPrincipal principal, UserManager<DixisUser> users, IUserStore<DixisUser> store, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        if (user.TwoFactorEnabled)
        {
            return ApiProblems.Conflict("two-factor-on");
        }

        // A new key while two-factor is off changes nothing about who may sign in, so it is stored without
        // ResetAuthenticatorKeyAsync, which would also change the security stamp and end every session (this one too).
        await ((IUserAuthenticatorKeyStore<DixisUser>)store).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), ct);
        await users.UpdateAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6&period=30&algorithm=SHA1";
        return TypedResults.Ok(new TwoFactorSetupResponse(Grouped(key), uri));
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ValidationProblem, ProblemHttpResult>> Enable(
        TwoFactorCodeRequest request, ClaimsPrincipal principal, UserManager<DixisUser> users, SignInManager<DixisUser> signIn, SecurityEvents security)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        if (user.TwoFactorEnabled)
        {
            return ApiProblems.Conflict("two-factor-on");
        }

        if (await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return ApiProblems.Conflict("two-factor-no-key");
        }

        if (!await IsValidCodeAsync(users, user, request.Code))
        {
            security.Record(SecurityEvents.TwoFactorFailed, "enable", "wrong authenticator code");
            return CodeProblem();
        }

        // Changes the security stamp: sessions opened with the password alone end. This browser's cookie is issued
        // again; a bearer client logs in again, now with a code.
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.Ok(new RecoveryCodesResponse([.. codes!]));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Disable(
        TwoFactorDisableRequest request, ClaimsPrincipal principal, UserManager<DixisUser> users, SignInManager<DixisUser> signIn, SecurityEvents security)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        if (!user.TwoFactorEnabled)
        {
            return ApiProblems.Conflict("two-factor-off");
        }

        var errors = new FieldErrors();
        var passwordOk = !string.IsNullOrEmpty(request.Password) && request.Password.Length <= 128 && await users.CheckPasswordAsync(user, request.Password);
        errors.When(!passwordOk, "password", "password-wrong");
        errors.When(!await IsValidCodeAsync(users, user, request.Code), "code", "two-factor-code");
        if (errors.Any)
        {
            // Each wrong attempt counts towards the lockout, as at login.
            await users.AccessFailedAsync(user);
            security.Record(SecurityEvents.TwoFactorFailed, "disable", passwordOk ? "wrong authenticator code" : "wrong password");
            return ApiProblems.Validation(errors);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // The old key and recovery codes die with it: turning two-factor on again starts from a new key.
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        // Both calls above changed the security stamp: other sessions end, this browser's cookie is issued again.
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ValidationProblem, ProblemHttpResult>> NewRecoveryCodes(
        TwoFactorCodeRequest request, ClaimsPrincipal principal, UserManager<DixisUser> users, SecurityEvents security)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        if (!user.TwoFactorEnabled)
        {
            return ApiProblems.Conflict("two-factor-off");
        }

        if (!await IsValidCodeAsync(users, user, request.Code))
        {
            security.Record(SecurityEvents.TwoFactorFailed, "recovery-codes", "wrong authenticator code");
            return CodeProblem();
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return TypedResults.Ok(new RecoveryCodesResponse([.. codes!]));
    }

    /// <summary>Six digits from the app, spaces and dashes ignored; anything else is simply wrong.</summary>
    internal static string? NormaliseCode(string? code)
    {
        var digits = code?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return digits is { Length: 6 } && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static async Task<bool> IsValidCodeAsync(UserManager<DixisUser> users, DixisUser user, string? code) =>
        NormaliseCode(code) is { } digits
        && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);

    private static ValidationProblem CodeProblem()
    {
        var errors = new FieldErrors();
        errors.Add("code", "two-factor-code");
        return ApiProblems.Validation(errors);
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd();
    }
}
