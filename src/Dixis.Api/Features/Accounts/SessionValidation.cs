using System.Security.Claims;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dixis.Api.Features.Accounts;

/// <summary>
/// Makes sessions end when the account says so. Identity's bearer tokens are never checked against the account again,
/// and its cookie only every 30 minutes, so this middleware (right after authentication, for both schemes) compares
/// the security stamp in the token or cookie with the account's current one: one primary-key read per signed-in
/// request, no cache (a stale "still valid" would be the very bug this prevents). A token or cookie of an erased
/// account, or one issued before a password change, a two-factor change or "sign out everywhere", makes the request
/// anonymous: endpoints that need a session answer 401, and a stale cookie is deleted.
/// </summary>
public sealed class SessionValidation(RequestDelegate next, IOptions<IdentityOptions> identity)
{
    public async Task InvokeAsync(HttpContext context, DixisDbContext db, SecurityEvents security)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context.User, db, context.RequestAborted))
        {
            // Read before replacing the user: setting it clears the authentication result.
            var scheme = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket?.AuthenticationScheme;
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (scheme == IdentityConstants.ApplicationScheme)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            security.Record(SecurityEvents.RevokedSession, scheme == IdentityConstants.ApplicationScheme ? "cookie" : "bearer", "session of an erased account or issued before its sessions were revoked");
        }

        await next(context);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var claims = identity.Value.ClaimsIdentity;
        var stamp = user.FindFirstValue(claims.SecurityStampClaimType);
        if (string.IsNullOrEmpty(stamp) || !Guid.TryParse(user.FindFirstValue(claims.UserIdClaimType), out var userId))
        {
            return false;
        }

        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
        return string.Equals(current, stamp, StringComparison.Ordinal);
    }
}

/// <summary>Wiring of <see cref="SessionValidation"/>.</summary>
public static class SessionValidationExtensions
{
    /// <summary>Right after authentication, before anything reads the user (rate limits, authorisation, endpoints).</summary>
    public static WebApplication UseSessionValidation(this WebApplication app)
    {
        app.UseMiddleware<SessionValidation>();
        return app;
    }
}
