namespace Dixis.Api.Features.Gdpr;

/// <summary>The consent choices to record.</summary>
/// <param name="Essential">May be omitted (always on), never false.</param>
/// <param name="Analytics">Statistics about how the site is used.</param>
/// <param name="Marketing">Personalised offers and advertising.</param>
/// <param name="Source"><c>web</c> (the storefront's banner or preferences page) or <c>api</c> (default).</param>
public sealed record ConsentsRequest(bool? Essential, bool? Analytics, bool? Marketing, string? Source);

/// <summary>One purpose's current decision.</summary>
/// <param name="Purpose"><c>essential</c>, <c>analytics</c> or <c>marketing</c>.</param>
/// <param name="Granted">Whether the purpose is allowed now.</param>
/// <param name="PolicyVersion">The policy version the decision was made under.</param>
/// <param name="RecordedAt">When it was decided; null when never (the default applies).</param>
public sealed record ConsentPurposeResponse(string Purpose, bool Granted, string PolicyVersion, DateTimeOffset? RecordedAt);

/// <summary>The current consent state.</summary>
/// <param name="PolicyVersion">The current policy version.</param>
/// <param name="Decided">False until a choice was made under the current policy version (the banner shows until then).</param>
/// <param name="Purposes">Each purpose's decision.</param>
public sealed record ConsentsResponse(string PolicyVersion, bool Decided, IReadOnlyList<ConsentPurposeResponse> Purposes);

/// <summary>A data export request and where it stands.</summary>
/// <param name="Id">The export's id.</param>
/// <param name="Status"><c>Pending</c>, <c>Ready</c> or <c>Expired</c>.</param>
/// <param name="RequestedAt">When it was asked for.</param>
/// <param name="ExpiresAt">Until when it can be downloaded, once ready.</param>
/// <param name="DownloadUrl">Where the owner downloads it once ready.</param>
public sealed record DataExportResponse(Guid Id, string Status, DateTimeOffset RequestedAt, DateTimeOffset? ExpiresAt, string DownloadUrl);

/// <summary>Re-authentication for erasing the account.</summary>
/// <param name="Password">The current password.</param>
/// <param name="TwoFactorCode">The authenticator code, required when two-factor authentication is on.</param>
public sealed record EraseAccountRequest(string? Password, string? TwoFactorCode);

/// <summary>One audit log entry.</summary>
public sealed record AuditEntryResponse(Guid Id, DateTimeOffset At, Guid? ActorUserId, string ActorRole, string Action, string Resource,
    string? SubjectType, string? SubjectId, Guid? SubjectUserId, string Reason, string? Request);

/// <summary>A page of the audit log, newest first.</summary>
public sealed record AuditPageResponse(IReadOnlyList<AuditEntryResponse> Items, int Page, int PageSize, int Total);
