using Dixis.Infrastructure.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Dixis.Api.Hosting;

/// <summary>Named authorisation policies by role. The admin policy also requires two-factor authentication to be on.</summary>
public static class AuthorizationPolicies
{
    public const string Admin = "admin";
    public const string Producer = "producer";

    public static AuthorizationBuilder AddDixisPolicies(this AuthorizationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, TwoFactorEnabledHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorRequiredResultHandler>();
        return builder
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin).AddRequirements(new TwoFactorEnabledRequirement()))
            .AddPolicy(Producer, p => p.RequireRole(Roles.Producer));
    }
}
