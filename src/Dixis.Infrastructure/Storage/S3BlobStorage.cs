using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Dixis.Infrastructure.Storage;

/// <summary>Objects in an S3-compatible bucket (MinIO in the stacks). Path-style addressing, as MinIO expects.</summary>
public sealed class S3BlobStorage(IAmazonS3 s3, string bucket) : IBlobStorage
{
    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        // The SDK needs a seekable stream to sign the payload; buffer small uploads that are not.
        Stream body = content;
        if (!content.CanSeek)
        {
            var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            body = buffer;
        }

        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = BlobKey.Validate(key),
            InputStream = body,
            ContentType = contentType,
            AutoCloseStream = false,
            // Plain signed payloads: some S3-compatible servers store aws-chunked framing verbatim.
            UseChunkEncoding = false,
        }, ct);
    }

    public async Task<BlobContent?> GetAsync(string key, CancellationToken ct = default)
    {
        try
        {
            var response = await s3.GetObjectAsync(bucket, BlobKey.Validate(key), ct);
            return new BlobContent(response.ResponseStream, response.Headers.ContentType ?? "application/octet-stream", response.ContentLength);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct = default) =>
        await s3.DeleteObjectAsync(bucket, BlobKey.Validate(key), ct);

    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default)
    {
        try
        {
            await s3.GetObjectMetadataAsync(bucket, BlobKey.Validate(key), ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Creates the bucket when it does not exist yet.</summary>
    public async Task EnsureBucketAsync(CancellationToken ct = default)
    {
        var buckets = await s3.ListBucketsAsync(ct);
        if (buckets.Buckets is null || !buckets.Buckets.Exists(b => b.BucketName == bucket))
        {
            await s3.PutBucketAsync(bucket, ct);
        }
    }
}
