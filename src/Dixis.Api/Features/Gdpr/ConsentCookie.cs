using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Dixis.Api.Features.Gdpr;

/// <summary>
/// The anonymous consent id: a random value in an essential, HttpOnly cookie so a visitor's banner choice is
/// remembered before (and without) an account. The database keeps only its SHA-256.
/// </summary>
public static class ConsentCookie
{
    public const string Name = "dixis.consent";

    /// <summary>Kept for a year, then the visitor is asked again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>The visitor's id, or null when the cookie is missing or malformed.</summary>
    public static string? Read(HttpContext context) =>
        context.Request.Cookies.TryGetValue(Name, out var value) && value is { Length: 43 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? value
            : null;

    /// <summary>The visitor's id, creating it (and the cookie on the response) when there is none.</summary>
    public static string Ensure(HttpContext context)
    {
        if (Read(context) is { } existing)
        {
            return existing;
        }

        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        context.Response.Cookies.Append(Name, id, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = Lifetime,
            Path = "/",
        });
        return id;
    }
}
