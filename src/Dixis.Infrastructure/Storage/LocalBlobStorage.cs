namespace Dixis.Infrastructure.Storage;

/// <summary>Objects as files under a folder (embedded mode). The content type is kept beside each file.</summary>
public sealed class LocalBlobStorage(string root) : IBlobStorage
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write to a temporary file first so a reader never sees half an object.
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var file = File.Create(temp))
        {
            await content.CopyToAsync(file, ct);
        }

        await File.WriteAllTextAsync(path + ".type", contentType, ct);
        File.Move(temp, path, overwrite: true);
    }

    public Task<BlobContent?> GetAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return Task.FromResult<BlobContent?>(null);
        }

        var type = File.Exists(path + ".type") ? File.ReadAllText(path + ".type") : "application/octet-stream";
        var stream = File.OpenRead(path);
        return Task.FromResult<BlobContent?>(new BlobContent(stream, type, stream.Length));
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        // File.Delete tolerates a missing file but not a missing folder; a missing object is not an error.
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        if (File.Exists(path + ".type"))
        {
            File.Delete(path + ".type");
        }

        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => Task.FromResult(File.Exists(PathOf(key)));

    private string PathOf(string key) => Path.Combine(_root, BlobKey.Validate(key));
}
