using Dixis.Infrastructure.Data.Accounts;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Identity;

namespace Dixis.Api.Features.Admin;

/// <summary>The Hangfire dashboard at <c>/admin/jobs</c>, for admins with two-factor on only (everyone else gets 401 or 403).</summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new AdminWithTwoFactor()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Dixis — εργασίες",
            AppPath = "/",
        });
        return app;
    }

    private sealed class AdminWithTwoFactor : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (http.User is not { Identity.IsAuthenticated: true } user || !user.IsInRole(Roles.Admin))
            {
                return false;
            }

            var users = http.RequestServices.GetRequiredService<UserManager<DixisUser>>();
            return await users.GetUserAsync(user) is { TwoFactorEnabled: true };
        }
    }
}
