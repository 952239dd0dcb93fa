using System.Security.Cryptography;
using System.Text;

namespace Dixis.Infrastructure.Payments;

/// <summary>SHA-256 in lower-case hex, the fingerprint kept of every notification instead of its body.</summary>
public static class PayloadHash
{
    public static string Of(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
