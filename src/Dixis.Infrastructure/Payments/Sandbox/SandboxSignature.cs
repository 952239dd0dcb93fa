using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dixis.Infrastructure.Payments.Sandbox;

/// <summary>
/// The sandbox webhook's signature header <c>X-Sandbox-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where v1 is
/// HMAC-SHA256 with the shared secret over <c>"&lt;t&gt;." + body</c>. The time is signed too, so an old request
/// replayed later is refused by its age before its event id is even read.
/// </summary>
public static class SandboxSignature
{
    public const string Header = "X-Sandbox-Signature";

    /// <summary>The header value for <paramref name="body"/> sent at <paramref name="at"/>.</summary>
    public static string Sign(ReadOnlySpan<byte> secret, DateTimeOffset at, ReadOnlySpan<byte> body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Convert.ToHexStringLower(Mac(secret, timestamp, body))}";
    }

    /// <summary>Checks a header against the body; the signature must be at most <paramref name="tolerance"/> old (or early).</summary>
    public static SandboxSignatureCheck Verify(ReadOnlySpan<byte> secret, string? header, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header))
        {
            return SandboxSignatureCheck.Missing;
        }

        string? timestamp = null;
        string? signature = null;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal))
            {
                timestamp = part[2..];
            }
            else if (part.StartsWith("v1=", StringComparison.Ordinal))
            {
                signature = part[3..];
            }
        }

        if (timestamp is null || signature is null || signature.Length != 64
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SandboxSignatureCheck.Invalid;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return SandboxSignatureCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(given, Mac(secret, timestamp, body)))
        {
            return SandboxSignatureCheck.Invalid;
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        return age.Duration() > tolerance ? SandboxSignatureCheck.Expired : SandboxSignatureCheck.Valid;
    }

    private static byte[] Mac(ReadOnlySpan<byte> secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(secret, signed);
    }
}

/// <summary>The result of checking a sandbox signature.</summary>
public enum SandboxSignatureCheck
{
    Valid,
    Missing,
    Invalid,
    Expired,
}
