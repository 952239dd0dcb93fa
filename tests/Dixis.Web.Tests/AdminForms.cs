using Dixis.Infrastructure.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Dixis.Web.Tests;

/// <summary>
/// Admins must use two-factor authentication: the seeded admin is enrolled once through Identity of the embedded API,
/// then logs in through the storefront's form with a current code (Otp.NET, independent of the code under test).
/// </summary>
public static class AdminForms
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, IServiceProvider embeddedApi, string email, string password)
    {
        string key;
        await Gate.WaitAsync();
        try
        {
            await using var scope = embeddedApi.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DixisUser>>();
            var admin = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("no seeded admin " + email);
            var stored = await users.GetAuthenticatorKeyAsync(admin);
            if (!admin.TwoFactorEnabled || stored is null)
            {
                await users.ResetAuthenticatorKeyAsync(admin);
                stored = await users.GetAuthenticatorKeyAsync(admin);
                await users.SetTwoFactorEnabledAsync(admin, true);
            }

            key = stored!;
        }
        finally
        {
            Gate.Release();
        }

        return await PageHtml.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.Code"] = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(),
        });
    }
}
