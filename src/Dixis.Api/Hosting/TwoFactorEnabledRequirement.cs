using Dixis.Infrastructure.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Dixis.Api.Hosting;

/// <summary>The signed-in account has two-factor authentication on (checked against the database, not the token).</summary>
public sealed class TwoFactorEnabledRequirement : IAuthorizationRequirement;

/// <summary>Succeeds <see cref="TwoFactorEnabledRequirement"/> when the account's two-factor flag is set.</summary>
public sealed class TwoFactorEnabledHandler(UserManager<DixisUser> users) : AuthorizationHandler<TwoFactorEnabledRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorEnabledRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { TwoFactorEnabled: true })
        {
            context.Succeed(requirement);
        }
    }
}
