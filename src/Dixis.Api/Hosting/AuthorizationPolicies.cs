using Dixis.Infrastructure.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Dixis.Api.Hosting;

/// <summary>Named authorisation policies by role.</summary>
public static class AuthorizationPolicies
{
    public const string Admin = "admin";
    public const string Producer = "producer";

    public static AuthorizationBuilder AddDixisPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
        .AddPolicy(Producer, p => p.RequireRole(Roles.Producer));
}
