using Dixis.Web.Accounts;
using Dixis.Web.Seo;
using Microsoft.AspNetCore.Components;

namespace Dixis.Web.Producer;

/// <summary>
/// The door of the producer and admin areas: a visitor who is not signed in goes to the log-in page (and comes back);
/// a signed-in account without the role gets a 403 page.
/// </summary>
public static class AreaAccess
{
    public static async Task<bool> AllowAsync(CurrentAccount account, NavigationManager nav, HttpContext? http, string role)
    {
        var me = await account.GetAsync();
        if (me is null)
        {
            nav.NavigateTo(Paths.Login + "?returnUrl=" + Uri.EscapeDataString("/" + nav.ToBaseRelativePath(nav.Uri)));
            return false;
        }

        if (!me.Roles.Contains(role))
        {
            http?.Response.StatusCode = StatusCodes.Status403Forbidden;
            return false;
        }

        return true;
    }
}
