using System.Text.Json.Nodes;

namespace Dixis.Infra.Tests;

/// <summary>A parsed compose file and the service-level questions the policy tests ask of it.</summary>
public sealed class ComposeFile(string relativePath)
{
    public static readonly string[] All = ["docker-compose.yml", "docker-compose.prod.yml", "docker-compose.small.yml"];

    public const string Development = "docker-compose.yml";
    public const string Production = "docker-compose.prod.yml";

    public string RelativePath { get; } = relativePath;

    public JsonObject Root { get; } = RepositoryFiles.LoadYaml(relativePath).AsObject();

    public IEnumerable<(string Name, JsonObject Service)> Services =>
        Root["services"]!.AsObject().Select(p => (p.Key, p.Value!.AsObject()));

    public static bool IsOneShot(JsonObject service) => service["restart"]?.GetValue<string>() == "no";

    public static bool IsOurImage(JsonObject service) =>
        service["build"]?["dockerfile"]?.GetValue<string>().StartsWith("deploy/docker/", StringComparison.Ordinal) == true
        || (service["image"]?.GetValue<string>() ?? "").Contains("DIXIS_REGISTRY", StringComparison.Ordinal)
        || (service["image"]?.GetValue<string>() ?? "").StartsWith("dixis/", StringComparison.Ordinal);

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        null => [],
        JsonArray a => a.Select(n => n!.ToString()),
        _ => [node.ToString()],
    };

    /// <summary>Environment as key/value whether written as a map or as KEY=value items.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Environment(JsonObject service) => service["environment"] switch
    {
        JsonObject map => map.Select(p => KeyValuePair.Create(p.Key, p.Value?.ToString() ?? "")),
        JsonArray list => list.Select(n => n!.ToString().Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p.Length > 1 ? p[1] : "")),
        _ => [],
    };
}
