namespace Dixis.Infrastructure.Storage;

/// <summary>Settings of section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Local</c> (default, a folder) or <c>S3</c> (MinIO or any S3-compatible service).</summary>
    public string Provider { get; set; } = "Local";

    /// <summary>Folder of the local provider.</summary>
    public string LocalPath { get; set; } = "data/blobs";

    /// <summary>S3 endpoint, e.g. http://minio:9000.</summary>
    public string? ServiceUrl { get; set; }

    public string Bucket { get; set; } = "dixis";

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    public string Region { get; set; } = "us-east-1";

    /// <summary>Create the bucket at start-up when missing (development stacks).</summary>
    public bool CreateBucket { get; set; } = true;
}
