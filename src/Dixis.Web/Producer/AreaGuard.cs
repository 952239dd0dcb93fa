using System.Security.Claims;
using Dixis.Api.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace Dixis.Web.Producer;

/// <summary>
/// In-process calls skip the API's authorisation policies, so the in-process clients check the role themselves: the
/// pages check it too, this is the second lock on the same door.
/// </summary>
public static class AreaGuard
{
    public static ClaimsPrincipal Require(IHttpContextAccessor accessor, string role)
    {
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true || !user.IsInRole(role))
        {
            throw new AreaForbiddenException();
        }

        return user;
    }

    /// <summary>
    /// The admin area's lock: the API's own admin policy (the role and two-factor authentication), so embedded mode
    /// asks exactly what the API asks over HTTP.
    /// </summary>
    public static async Task<ClaimsPrincipal> RequireAdminAsync(IHttpContextAccessor accessor)
    {
        var context = accessor.HttpContext ?? throw new AreaForbiddenException();
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        if (context.User.Identity?.IsAuthenticated != true || !(await authorization.AuthorizeAsync(context.User, AuthorizationPolicies.Admin)).Succeeded)
        {
            throw new AreaForbiddenException();
        }

        return context.User;
    }
}

/// <summary>An area call without the area's role; pages never make one, so reaching it is a programming error, answered 403.</summary>
public sealed class AreaForbiddenException : Exception
{
    public AreaForbiddenException()
        : base("The signed-in user does not have the role of this area.")
    {
    }
}
