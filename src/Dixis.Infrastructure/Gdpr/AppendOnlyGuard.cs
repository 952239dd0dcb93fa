using Dixis.Infrastructure.Data.Gdpr;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dixis.Infrastructure.Gdpr;

/// <summary>
/// Refuses, before anything is written, a <c>SaveChanges</c> that would update or delete an audit entry, or change a
/// consent record other than by cutting its link to a person (the one change erasure makes). The database triggers
/// of the GDPR migration refuse the same for statements that bypass EF.
/// </summary>
public sealed class AppendOnlyGuard : SaveChangesInterceptor
{
    public static readonly AppendOnlyGuard Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry)
            {
                case { Entity: AuditEntry, State: EntityState.Modified or EntityState.Deleted }:
                    throw new InvalidOperationException("The audit log is append-only: entries are never updated or deleted.");
                case { Entity: ConsentRecord, State: EntityState.Deleted }:
                    throw new InvalidOperationException("Consent records are append-only: a withdrawal is a new record.");
                case { Entity: ConsentRecord record, State: EntityState.Modified }:
                    var onlyUnlinked = entry.Properties.Where(p => p.IsModified)
                        .All(p => p.Metadata.Name is nameof(ConsentRecord.UserId) or nameof(ConsentRecord.AnonymousIdHash) && p.CurrentValue is null);
                    if (!onlyUnlinked)
                    {
                        throw new InvalidOperationException($"Consent record {record.Id} is append-only: only erasure may cut its link to a person.");
                    }

                    break;
            }
        }
    }
}
