namespace Dixis.Infrastructure.Storage;

/// <summary>Object storage for product images, documents, invoices and exports.</summary>
public interface IBlobStorage
{
    /// <summary>Stores (or replaces) an object.</summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken ct = default);

    /// <summary>Opens an object; null when there is none. The caller disposes the stream.</summary>
    Task<BlobContent?> GetAsync(string key, CancellationToken ct = default);

    /// <summary>Deletes an object; deleting a missing object is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken ct = default);

    /// <summary>Whether an object exists.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken ct = default);
}

/// <summary>An object read from storage.</summary>
public sealed record BlobContent(Stream Content, string ContentType, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
