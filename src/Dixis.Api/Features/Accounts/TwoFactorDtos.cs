namespace Dixis.Api.Features.Accounts;

/// <summary>Two-factor state of the signed-in account.</summary>
/// <param name="Enabled">Whether login asks for a code.</param>
/// <param name="RecoveryCodesLeft">Unused recovery codes.</param>
/// <param name="Required">True for admins: without two-factor they reach only these endpoints.</param>
public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>A new authenticator key: type <paramref name="SharedKey"/> into the app or open <paramref name="AuthenticatorUri"/> (as a QR code).</summary>
/// <param name="SharedKey">Base32 secret, in groups of four.</param>
/// <param name="AuthenticatorUri">An <c>otpauth://totp/</c> URI (6 digits, 30 seconds, SHA-1).</param>
public sealed record TwoFactorSetupResponse(string SharedKey, string AuthenticatorUri);

/// <summary>A code from the authenticator app.</summary>
/// <param name="Code">Six digits; spaces and dashes are ignored.</param>
public sealed record TwoFactorCodeRequest(string? Code);

/// <summary>Turning two-factor off needs the password and a current code.</summary>
/// <param name="Password">The account's password.</param>
/// <param name="Code">Six digits from the authenticator app.</param>
public sealed record TwoFactorDisableRequest(string? Password, string? Code);

/// <summary>One-time recovery codes, shown once: each signs in once in place of an authenticator code.</summary>
/// <param name="RecoveryCodes">Ten codes.</param>
public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);
