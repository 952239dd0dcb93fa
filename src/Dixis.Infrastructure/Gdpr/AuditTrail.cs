using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Gdpr;

namespace Dixis.Infrastructure.Gdpr;

/// <summary>Appends entries to the audit log. There is deliberately no method that changes or removes one.</summary>
public sealed class AuditTrail(DixisDbContext db, TimeProvider clock)
{
    /// <summary>Adds <paramref name="entry"/> (its time set now) and saves it with whatever else the context holds.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken ct = default)
    {
        entry.At = clock.GetUtcNow();
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An entry for something the system did on its own (a job).</summary>
    public static AuditEntry System(string action, string resource, string reason, string? subjectType = null, string? subjectId = null) => new()
    {
        ActorRole = "system",
        Action = action,
        Resource = resource,
        Reason = reason,
        SubjectType = subjectType,
        SubjectId = subjectId,
    };
}
