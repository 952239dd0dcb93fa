using System.Text.Json.Nodes;
using Json.Schema;

namespace Dixis.Infra.Tests;

/// <summary>Every compose file validates against the Compose Specification's JSON Schema (../shared/schemas).</summary>
public class ComposeSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    private static JsonSchema LoadSchema()
    {
        // compose-spec.json names its meta-schema "https://json-schema.org/draft-07/schema" (https, no '#'); the
        // library knows draft-07 as "http://json-schema.org/draft-07/schema#". Same document: register the alias.
        // Runs once (Lazy), so the alias is registered once.
        SchemaRegistry.Global.Register(new Uri("https://json-schema.org/draft-07/schema"), MetaSchemas.Draft7);

        return JsonSchema.FromFile(RepositoryFiles.ComposeSchemaPath);
    }

    public static TheoryData<string> Files() => new(ComposeFile.All);

    [Theory]
    [MemberData(nameof(Files))]
    public void Compose_file_validates_against_the_compose_specification(string file)
    {
        var document = RepositoryFiles.LoadYaml(file);
        var result = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        Assert.True(result.IsValid, $"{file} does not match compose-spec.json:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void An_invalid_compose_file_is_rejected_so_the_validation_is_real()
    {
        var document = JsonNode.Parse("""{"services": {"web": {"image": "nginx:1.27", "restart": 5, "unknown_key": true}}}""");
        Assert.False(Schema.Value.Evaluate(document).IsValid);
    }
}
