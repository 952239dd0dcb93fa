namespace Dixis.Infrastructure.Data.Gdpr;

/// <summary>
/// A record kept after its person's erasure because the law requires it (Greek accounting and tax law: the books
/// and their documents for 5 years from the end of the tax year). The retention job deletes the record and this
/// row once <see cref="HeldUntil"/> has passed.
/// </summary>
public sealed class LegalHold
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary><see cref="LegalHoldKinds"/>: order or invoice.</summary>
    public required string Kind { get; set; }

    public Guid RecordId { get; set; }

    /// <summary>Last day (Europe/Athens) the record must be kept; it is deleted after it.</summary>
    public DateOnly HeldUntil { get; set; }

    /// <summary>The legal basis, as written in docs/privacy.md.</summary>
    public required string Basis { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What a legal hold keeps.</summary>
public static class LegalHoldKinds
{
    public const string Order = "order";
    public const string Invoice = "invoice";
}
