using Dixis.Infrastructure.Data.Accounts;
using Hangfire;
using Hangfire.Dashboard;

namespace Dixis.Api.Features.Admin;

/// <summary>The Hangfire dashboard at <c>/admin/jobs</c>, for admins only (everyone else gets 401).</summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new AdminOnly()],
            AsyncAuthorization = [],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Dixis — εργασίες",
            AppPath = "/",
        });
        return app;
    }

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(Roles.Admin);
    }
}
