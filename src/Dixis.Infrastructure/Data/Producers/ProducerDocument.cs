namespace Dixis.Infrastructure.Data.Producers;

/// <summary>An onboarding document (licence, registration certificate) kept in object storage.</summary>
public sealed class ProducerDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProducerId { get; set; }

    public required string Kind { get; set; }

    public required string FileName { get; set; }

    public required string BlobKey { get; set; }

    public required string ContentType { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
