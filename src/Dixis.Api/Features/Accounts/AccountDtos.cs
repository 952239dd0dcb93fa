namespace Dixis.Api.Features.Accounts;

/// <summary>A new account.</summary>
/// <param name="Email">Login email.</param>
/// <param name="Password">At least 10 characters with upper and lower case, a digit and a symbol.</param>
/// <param name="DisplayName">Name shown on orders and reviews.</param>
/// <param name="AccountType">consumer, business or producer.</param>
/// <param name="Afm">Tax id, required for business accounts.</param>
public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName, string? AccountType, string? Afm);

/// <summary>Credentials.</summary>
/// <param name="Email">Login email.</param>
/// <param name="Password">Password.</param>
/// <param name="TwoFactorCode">Six digits from the authenticator app, when two-factor is on.</param>
/// <param name="TwoFactorRecoveryCode">A one-time recovery code, in place of <paramref name="TwoFactorCode"/>.</param>
public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);

/// <summary>The signed-in person.</summary>
public sealed record MeResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? Afm, Guid? ProducerId);

/// <summary>A new password for the signed-in account.</summary>
/// <param name="CurrentPassword">The password now; wrong attempts count towards the lockout.</param>
/// <param name="NewPassword">At least 10 characters with upper and lower case, a digit and a symbol.</param>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
