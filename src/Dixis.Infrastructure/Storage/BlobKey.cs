using System.Text.RegularExpressions;

namespace Dixis.Infrastructure.Storage;

/// <summary>Keys are relative paths of safe segments: no traversal, no absolute paths, no odd characters.</summary>
public static partial class BlobKey
{
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}(/[a-z0-9][a-z0-9._-]{0,99}){0,5}$")]
    private static partial Regex SafeKey();

    /// <summary>Throws when <paramref name="key"/> is not a safe object key.</summary>
    public static string Validate(string key)
    {
        if (string.IsNullOrEmpty(key) || !SafeKey().IsMatch(key) || key.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' is not a valid object key.", nameof(key));
        }

        return key;
    }
}
