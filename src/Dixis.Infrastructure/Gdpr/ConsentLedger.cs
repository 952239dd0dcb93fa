using System.Security.Cryptography;
using System.Text;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Gdpr;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Gdpr;

/// <summary>Whose consent: a signed-in person, or an anonymous visitor known by the consent cookie's id.</summary>
public readonly record struct ConsentSubject(Guid? UserId, string? AnonymousIdHash)
{
    public static ConsentSubject User(Guid id) => new(id, null);

    /// <summary>An anonymous visitor; only the SHA-256 of the cookie's id is stored.</summary>
    public static ConsentSubject Anonymous(string cookieId) => new(null, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cookieId))));
}

/// <summary>The current decision for one purpose.</summary>
public sealed record ConsentState(string Purpose, bool Granted, string PolicyVersion, DateTimeOffset? RecordedAt);

/// <summary>
/// Records consent decisions (append-only) and answers the current state: the latest record per purpose. With no
/// record, essential is granted (it needs no consent) and every other purpose is refused.
/// </summary>
public sealed class ConsentLedger(DixisDbContext db, GdprOptions options, TimeProvider clock)
{
    /// <summary>The current state of every purpose, and whether the person has decided at all (the banner's question).</summary>
    public async Task<(IReadOnlyList<ConsentState> States, bool Decided)> CurrentAsync(ConsentSubject subject, CancellationToken ct = default)
    {
        var latest = await LatestAsync(subject, ct);
        var states = ConsentPurposes.All.Select(p => latest.TryGetValue(p, out var r)
                ? new ConsentState(p, r.Granted || p == ConsentPurposes.Essential, r.PolicyVersion, r.RecordedAt)
                : Default(p))
            .ToList();
        // A decision made under an older policy version is asked again.
        var decided = latest.Count > 0 && latest.Values.All(r => r.PolicyVersion == options.PolicyVersion);
        return (states, decided);
    }

    /// <summary>The state of someone who never decided: essential on, everything else off.</summary>
    public IReadOnlyList<ConsentState> Defaults() => ConsentPurposes.All.Select(Default).ToList();

    private ConsentState Default(string purpose) => new(purpose, purpose == ConsentPurposes.Essential, options.PolicyVersion, null);

    /// <summary>Appends one record per purpose. Essential is always recorded as granted.</summary>
    public async Task RecordAsync(ConsentSubject subject, bool analytics, bool marketing, string source, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        foreach (var (purpose, granted) in new[] { (ConsentPurposes.Essential, true), (ConsentPurposes.Analytics, analytics), (ConsentPurposes.Marketing, marketing) })
        {
            db.ConsentRecords.Add(new ConsentRecord
            {
                UserId = subject.UserId,
                AnonymousIdHash = subject.AnonymousIdHash,
                Purpose = purpose,
                Granted = granted,
                PolicyVersion = options.PolicyVersion,
                Source = source,
                RecordedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// After log-in: when the person has no decision of their own yet, the choices they made as an anonymous
    /// visitor become theirs (new records, the anonymous history stays as it was). Returns whether it adopted any.
    /// </summary>
    public async Task<bool> AdoptAnonymousAsync(Guid userId, ConsentSubject anonymous, CancellationToken ct = default)
    {
        if (anonymous.AnonymousIdHash is null || await db.ConsentRecords.AnyAsync(c => c.UserId == userId, ct))
        {
            return false;
        }

        var latest = await LatestAsync(anonymous, ct);
        if (latest.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var record in latest.Values)
        {
            db.ConsentRecords.Add(new ConsentRecord
            {
                UserId = userId,
                Purpose = record.Purpose,
                Granted = record.Granted,
                PolicyVersion = record.PolicyVersion,
                Source = record.Source,
                RecordedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<Dictionary<string, ConsentRecord>> LatestAsync(ConsentSubject subject, CancellationToken ct)
    {
        var query = subject.UserId is { } userId
            ? db.ConsentRecords.Where(c => c.UserId == userId)
            : db.ConsentRecords.Where(c => c.AnonymousIdHash == subject.AnonymousIdHash && c.UserId == null);
        // A handful of rows per person: ordering in memory keeps SQLite (offsets stored as ticks) and MariaDB alike.
        var rows = await query.AsNoTracking().ToListAsync(ct);
        return rows.GroupBy(r => r.Purpose)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).First(), StringComparer.Ordinal);
    }
}
