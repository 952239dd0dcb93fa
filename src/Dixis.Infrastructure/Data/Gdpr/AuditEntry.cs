namespace Dixis.Infrastructure.Data.Gdpr;

/// <summary>
/// One read or change of personal data by staff, or one exercise of a data-subject right (GDPR art. 5(2) and 30).
/// Append-only: the code has no path that updates or deletes an entry, and on MariaDB a trigger refuses it.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTimeOffset At { get; set; }

    /// <summary>Who acted; null for the system (a job).</summary>
    public Guid? ActorUserId { get; set; }

    /// <summary>The actor's role at the time: <c>admin</c>, <c>producer</c>, <c>consumer</c>, <c>business</c> or <c>system</c>.</summary>
    public required string ActorRole { get; set; }

    /// <summary><see cref="AuditActions"/>: read, change, export, erase or purge.</summary>
    public required string Action { get; set; }

    /// <summary>What was touched, e.g. <c>admin.orders.list</c> (the endpoint's name in lower case for staff reads).</summary>
    public required string Resource { get; set; }

    /// <summary>The kind of record concerned (<c>order</c>, <c>producer</c>, <c>user</c>, …), or null for a list.</summary>
    public string? SubjectType { get; set; }

    /// <summary>The id of the record concerned, or null for a list.</summary>
    public string? SubjectId { get; set; }

    /// <summary>The person the data is about, when one person is concerned.</summary>
    public Guid? SubjectUserId { get; set; }

    /// <summary>Why: the endpoint's purpose, or the staff member's own reason (header <c>X-Audit-Reason</c>).</summary>
    public required string Reason { get; set; }

    /// <summary>The HTTP method and path of the request (ids only, no query string).</summary>
    public string? Request { get; set; }
}

/// <summary>What an audited access did.</summary>
public static class AuditActions
{
    public const string Read = "read";
    public const string Change = "change";
    public const string Export = "export";
    public const string Erase = "erase";
    public const string Purge = "purge";
}
