namespace Dixis.Infrastructure.Data.Gdpr;

/// <summary>
/// One consent decision for one purpose (GDPR art. 7(1): the controller must be able to show consent). Append-only:
/// a change or a withdrawal is a new record, and the current state of a purpose is its latest record.
/// </summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The signed-in person; null for an anonymous visitor, and after the person's erasure.</summary>
    public Guid? UserId { get; set; }

    /// <summary>SHA-256 (hex) of the anonymous consent cookie's id; null for records made signed in.</summary>
    public string? AnonymousIdHash { get; set; }

    /// <summary><see cref="ConsentPurposes"/>: essential, analytics or marketing.</summary>
    public required string Purpose { get; set; }

    /// <summary>True for consent given, false for refused or withdrawn.</summary>
    public bool Granted { get; set; }

    /// <summary>The privacy policy version the person saw (e.g. <c>2026-11</c>).</summary>
    public required string PolicyVersion { get; set; }

    /// <summary><c>web</c> (the storefront's banner or preferences page) or <c>api</c>.</summary>
    public required string Source { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>The purposes a person consents to. Essential cookies need no consent and cannot be refused.</summary>
public static class ConsentPurposes
{
    public const string Essential = "essential";
    public const string Analytics = "analytics";
    public const string Marketing = "marketing";

    public static readonly IReadOnlyList<string> All = [Essential, Analytics, Marketing];
}
