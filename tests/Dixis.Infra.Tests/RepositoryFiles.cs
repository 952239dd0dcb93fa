using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dixis.Infra.Tests;

/// <summary>Finds and reads the repository's deployment files: YAML as JSON nodes (anchors and merge keys resolved).</summary>
public static partial class RepositoryFiles
{
    public static readonly string Root = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>
    /// The Compose Specification schema lives beside the repository (<c>../shared/schemas/compose-spec.json</c>);
    /// CI clones the repository next to <c>shared/</c>.
    /// </summary>
    public static string ComposeSchemaPath
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "compose-spec.json"));
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The Compose Specification schema was not found at {path}. Clone the repository beside 'shared/' (../shared/schemas/compose-spec.json).", path);
            }

            return path;
        }
    }

    public static JsonNode LoadYaml(string relative)
    {
        using var reader = new StringReader(ReadText(relative));
        var stream = new YamlStream();
        stream.Load(reader);
        return ToJson(stream.Documents[0].RootNode) ?? throw new InvalidDataException($"{relative} is empty");
    }

    /// <summary>Values of the KEY=value lines of an env file (comments and blank lines skipped).</summary>
    public static Dictionary<string, string> LoadEnvFile(string relative) =>
        File.ReadAllLines(PathOf(relative))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('='))
            .Select(l => l.Split('=', 2))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last()[1]);

    /// <summary>Compose-style interpolation: ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}.</summary>
    public static string Interpolate(string value, IReadOnlyDictionary<string, string> env) =>
        Interpolation().Replace(value, m =>
        {
            var name = m.Groups["name"].Value;
            var op = m.Groups["op"].Value;
            var arg = m.Groups["arg"].Value;
            var has = env.TryGetValue(name, out var v);
            return op switch
            {
                ":-" => has && v!.Length > 0 ? v : arg,
                "-" => has ? v! : arg,
                ":?" or "?" => has && v!.Length > 0 ? v : throw new InvalidOperationException($"{name} is required: {arg}"),
                _ => has ? v! : "",
            };
        });

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => ToObject(map),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => ToScalar(scalar),
        _ => throw new InvalidDataException($"unexpected YAML node {node.NodeType}"),
    };

    /// <summary>A mapping, with YAML merge keys (<c>&lt;&lt;: *anchor</c>) applied: explicit keys win over merged ones.</summary>
    private static JsonObject ToObject(YamlMappingNode map)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in map.Children.Where(c => ((YamlScalarNode)c.Key).Value == "<<"))
        {
            var sources = value is YamlSequenceNode seq ? seq.Children : [value];
            foreach (var source in sources.Cast<YamlMappingNode>())
            {
                foreach (var (k, v) in ToObject(source))
                {
                    obj[k] = v?.DeepClone();
                }
            }
        }

        foreach (var (key, value) in map.Children.Where(c => ((YamlScalarNode)c.Key).Value != "<<"))
        {
            obj[((YamlScalarNode)key).Value!] = ToJson(value);
        }

        return obj;
    }

    private static JsonNode? ToScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null")
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return JsonValue.Create(d);
        }

        return JsonValue.Create(text);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dixis.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dixis.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:-|-|:\?|\?)(?<arg>[^}]*))?\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex FloatPattern();
}
