using System.Net.Mail;
using System.Security.Claims;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Accounts;

/// <summary>Registration, login (cookie or bearer token), logout and the current user.</summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/accounts").WithTags("Accounts");
        group.MapPost("/register", Register).WithName("Register").WithSummary("Create a consumer, business or producer account")
            .RequireRateLimiting(RateLimitPolicies.Auth);
        group.MapPost("/login", Login).WithName("Login")
            .WithSummary("Log in; `useCookies=true` sets a cookie, otherwise a bearer token is returned")
            .RequireRateLimiting(RateLimitPolicies.Auth);
        group.MapPost("/logout", Logout).WithName("Logout").WithSummary("End the cookie session").RequireAuthorization();
        group.MapGet("/me", Me).WithName("Me").WithSummary("The signed-in account").RequireAuthorization();
        return api.MapSessionEndpoints();
    }

    /// <summary>Creates an account. Public because the embedded storefront calls it in-process (no HTTP hop).</summary>
    public static async Task<Results<Created<MeResponse>, ValidationProblem>> Register(
        RegisterRequest request, UserManager<DixisUser> users, DixisMetrics metrics, TimeProvider clock)
    {
        var errors = new FieldErrors();
        var email = request.Email?.Trim();
        errors.When(!IsEmail(email), "email", "email");
        var displayName = errors.Text("displayName", request.DisplayName, 120);
        var role = request.AccountType?.Trim().ToLowerInvariant() switch
        {
            "consumer" or null or "" => Roles.Consumer,
            "business" => Roles.Business,
            "producer" => Roles.Producer,
            _ => null,
        };
        errors.When(role is null, "accountType", "account-type");
        string? afm = null;
        if (role == Roles.Business || !string.IsNullOrWhiteSpace(request.Afm))
        {
            var check = Afm.Validate(request.Afm);
            errors.When(!check.Valid, "afm", "afm." + (check.Reason ?? "checksum"));
            afm = check.Valid ? check.Afm : null;
        }

        errors.When(string.IsNullOrEmpty(request.Password) || request.Password.Length > 128, "password", "password");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var user = new DixisUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName!,
            Afm = afm,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                if (error.Code is "DuplicateUserName" or "DuplicateEmail")
                {
                    errors.Add("email", "email-taken");
                }
                else if (error.Code.StartsWith("Password", StringComparison.Ordinal))
                {
                    errors.Add("password", "password");
                }
                else
                {
                    errors.Add("email", "email");
                }
            }

            return ApiProblems.Validation(errors);
        }

        await users.AddToRoleAsync(user, role!);
        metrics.Registered(role!);
        return TypedResults.Created($"/api/v1/accounts/me", new MeResponse(user.Id, email!, user.DisplayName, [role!], afm, null));
    }

    /// <summary>
    /// Signs in (cookie or bearer token). With two-factor on, a request without a code answers 401 of type
    /// <c>two-factor-required</c>; the client asks for the code and sends the credentials again with it.
    /// Public because the embedded storefront calls it in-process.
    /// </summary>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> Login(
        LoginRequest request, bool? useCookies, SignInManager<DixisUser> signIn, DixisMetrics metrics, SecurityEvents security)
    {
        var errors = new FieldErrors();
        errors.When(!IsEmail(request.Email?.Trim()), "email", "email");
        errors.When(string.IsNullOrEmpty(request.Password) || request.Password.Length > 128, "password", "required");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email!.Trim(), request.Password!, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            // The password was right; the same request may carry the second factor.
            if (TwoFactorEndpoints.NormaliseCode(request.TwoFactorCode) is { } code)
            {
                // Never remember the browser: every login of a two-factor account asks for a code.
                result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: useCookies == true, rememberClient: false);
            }
            else if (request.TwoFactorRecoveryCode is { Length: > 0 and <= 64 } recovery)
            {
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(recovery.Trim());
            }
            else if (string.IsNullOrEmpty(request.TwoFactorCode))
            {
                return TwoFactorProblem(null);
            }

            if (!result.Succeeded && !result.IsLockedOut)
            {
                security.Record(SecurityEvents.TwoFactorFailed, "login", "wrong authenticator or recovery code");
                metrics.LoginFailed("two_factor");
                return TwoFactorProblem("two-factor-code");
            }
        }

        if (result.Succeeded)
        {
            // The sign-in handler has written the cookie or the bearer token body.
            return TypedResults.Empty;
        }

        if (result.IsLockedOut)
        {
            metrics.LoginFailed("locked_out");
            security.Record(SecurityEvents.Lockout, "login", "account locked out");
            return ApiProblems.Problem(StatusCodes.Status423Locked, "locked-out");
        }

        metrics.LoginFailed("password");
        security.Record(SecurityEvents.LoginFailed, "login", "wrong e-mail or password");
        return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "login-failed");
    }

    /// <summary>Ends the cookie session. Public because the embedded storefront calls it in-process.</summary>
    public static async Task<NoContent> Logout(SignInManager<DixisUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    /// <summary>The signed-in account. Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Me(ClaimsPrincipal principal, UserManager<DixisUser> users, DixisDbContext db)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        var roles = await users.GetRolesAsync(user);
        var producerId = await db.Producers.Where(p => p.OwnerUserId == user.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        return TypedResults.Ok(new MeResponse(user.Id, user.Email!, user.DisplayName, roles.ToList(), user.Afm, producerId));
    }

    /// <summary>401 whose type tells clients to ask for the authenticator code (and the password again).</summary>
    private static ProblemHttpResult TwoFactorProblem(string? detailCode) =>
        ApiProblems.Problem(StatusCodes.Status401Unauthorized, "two-factor-required", detailCode);

    internal static bool IsEmail(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 254 && TextRules.IsClean(value) && !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
}
