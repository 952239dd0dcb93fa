using System.Security.Claims;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Gdpr;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Api.Features.Gdpr;

/// <summary>Erasure (GDPR art. 17): <c>DELETE /me</c> after re-authentication. What is erased and what is kept: docs/privacy.md.</summary>
public static class ErasureEndpoints
{
    public static RouteGroupBuilder MapErasureEndpoints(this RouteGroupBuilder api)
    {
        api.MapDelete("/me", Erase).RequireAuthorization().WithTags("Privacy").WithName("EraseMyAccount")
            .WithSummary("Delete your account and personal data (re-authenticate with your password, and your code when two-factor is on)")
            .WithDescription("Orders and tax documents the law requires Dixis to keep stay, with the buyer pseudonymised, until their retention period ends. 204 when done.");
        return api;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Erase(
        [FromBody] EraseAccountRequest request, ClaimsPrincipal principal, UserManager<DixisUser> users, SignInManager<DixisUser> signIn,
        AccountEraser eraser, SecurityEvents security, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(string.IsNullOrEmpty(request.Password) || request.Password.Length > 128, "password", "required");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        // Failed attempts count towards the lockout like failed log-ins: a stolen session cannot guess the password.
        var check = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            security.Record(SecurityEvents.Lockout, "erasure", "account locked during re-authentication");
            return ApiProblems.Problem(StatusCodes.Status423Locked, "locked-out");
        }

        if (!check.Succeeded)
        {
            security.Record(SecurityEvents.ReauthenticationFailed, "erasure", "wrong password");
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "reauthentication-failed");
        }

        if (await SecondFactorRefusedAsync(user, request.TwoFactorCode, users) is { } refusal)
        {
            security.Record(SecurityEvents.ReauthenticationFailed, "erasure", "missing or wrong two-factor code");
            return refusal;
        }

        if (await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
        {
            return ApiProblems.Conflict("erase.last-admin");
        }

        await eraser.EraseAsync(user.Id, ct);
        if (principal.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme)
        {
            await signIn.SignOutAsync();
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// The second factor of the re-authentication, for accounts with two-factor authentication on. It checks the
    /// standard Identity authenticator (TOTP) token provider; if two-factor is wired differently, this is the hook.
    /// </summary>
    private static async Task<ProblemHttpResult?> SecondFactorRefusedAsync(DixisUser user, string? code, UserManager<DixisUser> users)
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return null;
        }

        var normalised = code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(normalised) || normalised.Length > 16
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, normalised))
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "reauthentication-failed");
        }

        return null;
    }
}
