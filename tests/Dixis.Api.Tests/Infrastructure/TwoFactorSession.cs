using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Dixis.Infrastructure.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Dixis.Api.Tests.Infrastructure;

/// <summary>
/// Two-factor for tests. Admins must enrol before any admin endpoint answers, so <see cref="AdminTokenAsync"/> enrols
/// the seeded admin through the API on first use and logs in with a code afterwards. Codes come from Otp.NET, an
/// implementation of RFC 6238 independent of the one under test.
/// </summary>
public static class TwoFactorSession
{
    private static readonly ConditionalWeakTable<ApiFixture, SemaphoreSlim> Gates = new();

    /// <summary>A bearer token of the seeded admin, with two-factor on (enrolled on the first call per fixture).</summary>
    public static async Task<string> AdminTokenAsync(this ApiFixture fixture)
    {
        var gate = Gates.GetValue(fixture, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            if (await EnabledKeyAsync(fixture, ApiFixture.AdminEmail) is { } key)
            {
                return await fixture.LoginWithCodeAsync(ApiFixture.AdminEmail, ApiFixture.AdminPassword, Code(key));
            }

            var (enrolled, _) = await fixture.EnableTwoFactorAsync(await fixture.LoginAsync(ApiFixture.AdminEmail, ApiFixture.AdminPassword));
            // Enabling ended the password-only session: log in again, with a code.
            return await fixture.LoginWithCodeAsync(ApiFixture.AdminEmail, ApiFixture.AdminPassword, Code(enrolled));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A current authenticator code of the seeded admin (enrolling it first when needed).</summary>
    public static async Task<string> AdminCodeAsync(this ApiFixture fixture)
    {
        await fixture.AdminTokenAsync();
        return Code((await EnabledKeyAsync(fixture, ApiFixture.AdminEmail))!);
    }

    /// <summary>
    /// Sets up and enables two-factor for the token's account through the API; returns the key and recovery codes.
    /// Enabling ends every session opened before, the token's too: log in again with <see cref="LoginWithCodeAsync"/>.
    /// </summary>
    public static async Task<(string Key, string[] RecoveryCodes)> EnableTwoFactorAsync(this ApiFixture fixture, string token)
    {
        using var client = fixture.Client("en", token);
        using var setup = await client.PostAsync("/api/v1/me/2fa/setup", null);
        Assert.True(setup.IsSuccessStatusCode, $"2fa setup failed: {(int)setup.StatusCode} {await setup.Content.ReadAsStringAsync()}");
        var key = (await setup.Json()).GetProperty("sharedKey").GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal);
        using var enable = await client.PostAsJsonAsync("/api/v1/me/2fa/enable", new { code = Code(key) });
        Assert.True(enable.IsSuccessStatusCode, $"2fa enable failed: {(int)enable.StatusCode} {await enable.Content.ReadAsStringAsync()}");
        var codes = (await enable.Json()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToArray();
        return (key, codes);
    }

    /// <summary>Logs in with password and authenticator code; returns the bearer token.</summary>
    public static async Task<string> LoginWithCodeAsync(this ApiFixture fixture, string email, string password, string code)
    {
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password, twoFactorCode = code });
        Assert.True(response.IsSuccessStatusCode, $"2fa login of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Json()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>The current six-digit code for a Base32 key.</summary>
    public static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    /// <summary>A code from a time step well away from now: one a thief could not be holding.</summary>
    public static string StaleCode(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow.AddHours(-1));

    private static async Task<string?> EnabledKeyAsync(ApiFixture fixture, string email)
    {
        await using var scope = fixture.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DixisUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is { TwoFactorEnabled: true } ? await users.GetAuthenticatorKeyAsync(user) : null;
    }
}
