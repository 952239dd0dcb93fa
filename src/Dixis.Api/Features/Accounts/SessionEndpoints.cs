using System.Security.Claims;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Dixis.Api.Features.Accounts;

/// <summary>
/// Ending sessions: "sign out everywhere" and a password change. Both change the account's security stamp, which
/// <see cref="SessionValidation"/> compares on every request, so every bearer token and cookie issued before stops
/// working at once. A cookie session that made the change is issued again and goes on; a bearer client logs in again.
/// </summary>
public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me").WithTags("Accounts").RequireAuthorization();
        group.MapPost("/sessions/revoke", RevokeAll).WithName("RevokeMySessions")
            .WithSummary("Sign out everywhere: every bearer token and cookie of the account stops working, this one included");
        group.MapPost("/password", ChangePassword).WithName("ChangeMyPassword")
            .WithSummary("Change the password; every other session ends (a cookie session making the change goes on, a bearer token does not)");
        return api;
    }

    /// <summary>Changes the security stamp and signs this browser out.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAll(ClaimsPrincipal principal, UserManager<DixisUser> users, SignInManager<DixisUser> signIn)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        await users.UpdateSecurityStampAsync(user);
        // Removes this browser's cookie, if the request came with one; a bearer token has just stopped working anyway.
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal principal, UserManager<DixisUser> users, SignInManager<DixisUser> signIn, SecurityEvents security)
    {
        var errors = new FieldErrors();
        errors.When(string.IsNullOrEmpty(request.CurrentPassword) || request.CurrentPassword.Length > 128, "currentPassword", "required");
        errors.When(string.IsNullOrEmpty(request.NewPassword) || request.NewPassword.Length > 128, "newPassword", "password");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        if (await users.GetUserAsync(principal) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return ApiProblems.Problem(StatusCodes.Status423Locked, "locked-out");
        }

        // Checks the current password, validates the new one and changes the security stamp, in one call.
        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!changed.Succeeded)
        {
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // As at log-in: a stolen session cannot guess the password without locking the account.
                await users.AccessFailedAsync(user);
                security.Record(SecurityEvents.ReauthenticationFailed, "password-change", "wrong current password");
                errors.Add("currentPassword", "password-wrong");
            }
            else
            {
                errors.Add("newPassword", "password");
            }

            return ApiProblems.Validation(errors);
        }

        await users.ResetAccessFailedCountAsync(user);
        // Keeps the browser that made the change signed in (a new cookie with the new stamp); no-op for a bearer token.
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }
}
