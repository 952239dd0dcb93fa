namespace Dixis.Infrastructure.Data.Gdpr;

/// <summary>A person's request for a copy of their data (GDPR art. 15 and 20) and the ZIP built for it.</summary>
public sealed class DataExport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public DataExportStatus Status { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>After this time the file is no longer served and the clean-up deletes it.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Object key of the ZIP in blob storage, once built.</summary>
    public string? BlobKey { get; set; }

    public long? SizeBytes { get; set; }
}

/// <summary>Where an export stands.</summary>
public enum DataExportStatus
{
    /// <summary>Queued on <c>general</c>.</summary>
    Pending = 0,

    /// <summary>Built, stored and announced by mail.</summary>
    Ready = 1,

    /// <summary>Past its expiry; the file is deleted.</summary>
    Expired = 2,
}
