using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dixis.Infra.Tests;

/// <summary>A Dockerfile read into stages (continuation lines joined, comments dropped).</summary>
public sealed partial class Dockerfile
{
    public Dockerfile(string relativePath)
    {
        RelativePath = relativePath;
        var text = ContinuationLine().Replace(RepositoryFiles.ReadText(relativePath), " ");
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Stage? current = null;
        foreach (var line in lines)
        {
            var instruction = line.Split(' ', 2)[0].ToUpperInvariant();
            var rest = line.Length > instruction.Length ? line[instruction.Length..].Trim() : "";
            if (instruction == "FROM")
            {
                var m = FromLine().Match(rest);
                current = new Stage(m.Groups["name"].Value, m.Groups["image"].Value);
                Stages.Add(current);
            }
            else if (current is null)
            {
                GlobalArgs.Add(rest);
            }
            else
            {
                current.Instructions.Add((instruction, rest));
            }
        }
    }

    public string RelativePath { get; }

    public List<Stage> Stages { get; } = [];

    public List<string> GlobalArgs { get; } = [];

    public Stage this[string name] => Stages.Single(s => s.Name == name);

    /// <summary>The last value of an instruction in this stage or, if absent, in the stage it is built FROM.</summary>
    public string? Effective(string stageName, string instruction)
    {
        for (var stage = Stages.SingleOrDefault(s => s.Name == stageName); stage is not null; stage = Stages.SingleOrDefault(s => s.Name == stage.From))
        {
            var found = stage.Instructions.LastOrDefault(i => i.Instruction == instruction);
            if (found.Instruction is not null)
            {
                return found.Arguments;
            }
        }

        return null;
    }

    /// <summary>The default of a global ARG (<c>ARG NAME=value</c> before the first FROM).</summary>
    public string? ArgDefault(string name) =>
        GlobalArgs.Select(a => a.Split('=', 2)).Where(p => p[0] == name && p.Length == 2).Select(p => p[1]).SingleOrDefault();

    public static string[] ExecForm(string arguments) => JsonSerializer.Deserialize<string[]>(arguments)
        ?? throw new InvalidDataException("not an exec-form JSON array: " + arguments);

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex ContinuationLine();

    [GeneratedRegex(@"^(?:--\S+\s+)*(?<image>\S+)(?:\s+AS\s+(?<name>\S+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();

    public sealed record Stage(string Name, string From)
    {
        public List<(string Instruction, string Arguments)> Instructions { get; } = [];
    }
}
