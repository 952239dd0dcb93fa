using System.Collections;
using Microsoft.Extensions.Configuration;

namespace Dixis.ServiceDefaults;

/// <summary>
/// Reads secrets from files named by <c>*_FILE</c> environment variables (Docker and Kubernetes secrets):
/// <c>ConnectionStrings__Dixis_FILE=/run/secrets/db</c> sets <c>ConnectionStrings:Dixis</c> to the file's content.
/// </summary>
public static class FileSecretsConfiguration
{
    public static IConfigurationBuilder AddFileSecrets(this IConfigurationBuilder builder)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (!name.EndsWith("_FILE", StringComparison.Ordinal) || entry.Value is not string path || !File.Exists(path))
            {
                continue;
            }

            var key = name[..^"_FILE".Length].Replace("__", ":", StringComparison.Ordinal);
            values[key] = File.ReadAllText(path).TrimEnd('\r', '\n');
        }

        return builder.AddInMemoryCollection(values);
    }
}
