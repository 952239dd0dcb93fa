using System.Security.Cryptography;
using System.Text;

namespace Dixis.Infrastructure.Payments.Sandbox;

/// <summary>The sandbox webhook key: <c>Payments:Sandbox:WebhookSecret</c>, or 32 random bytes for this process.</summary>
public sealed class SandboxSecret(PaymentsOptions options)
{
    private readonly byte[] _key = string.IsNullOrEmpty(options.Sandbox.WebhookSecret)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.Sandbox.WebhookSecret);

    /// <summary>True when the key came from configuration (needed when the webhook goes to another replica).</summary>
    public bool Configured { get; } = !string.IsNullOrEmpty(options.Sandbox.WebhookSecret);

    public ReadOnlySpan<byte> Key => _key;
}
