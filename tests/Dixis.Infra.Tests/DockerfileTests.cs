using System.Text.RegularExpressions;

namespace Dixis.Infra.Tests;

/// <summary>The images of issue 7: the seed's targets, chiseled runtimes, UID 1001, exec form, health checks.</summary>
public partial class DockerfileTests
{
    public const string Backend = "deploy/docker/backend.Dockerfile";
    public const string Frontend = "deploy/docker/frontend.Dockerfile";

    public static TheoryData<string, string> RuntimeTargets() => new()
    {
        { Backend, "production" }, { Backend, "queue-worker" }, { Backend, "scheduler" }, { Backend, "migrator" }, { Frontend, "runner" },
    };

    [Theory]
    [InlineData(Backend, new[] { "base", "deps", "builder", "production", "development", "testing", "queue-worker", "scheduler", "migrator" })]
    [InlineData(Frontend, new[] { "deps", "builder", "runner", "development", "testing" })]
    public void Dockerfile_has_the_seed_targets(string file, string[] targets)
    {
        var stages = new Dockerfile(file).Stages.Select(s => s.Name).ToHashSet();
        Assert.All(targets, t => Assert.Contains(t, stages));
    }

    [Theory]
    [MemberData(nameof(RuntimeTargets))]
    public void Runtime_targets_run_as_uid_1001_on_the_chiseled_extra_image(string file, string target)
    {
        var dockerfile = new Dockerfile(file);
        Assert.Equal("1001:1001", dockerfile.Effective(target, "USER"));
        var runtime = dockerfile.ArgDefault("RUNTIME_IMAGE");
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/aspnet:10\.0\.\d+-noble-chiseled-extra$", runtime);
        // The target's FROM chain ends at the runtime image (Single throws on a broken chain).
        var stage = dockerfile[target];
        while (stage.From != "${RUNTIME_IMAGE}")
        {
            stage = dockerfile[stage.From];
        }
    }

    [Theory]
    [MemberData(nameof(RuntimeTargets))]
    public void Runtime_targets_use_exec_form_and_the_healthcheck_command(string file, string target)
    {
        var dockerfile = new Dockerfile(file);
        var entrypoint = Dockerfile.ExecForm(dockerfile.Effective(target, "ENTRYPOINT")!);
        Assert.Equal("dotnet", entrypoint[0]);
        Assert.Equal(file == Backend ? "Dixis.Api.dll" : "Dixis.Web.dll", entrypoint[1]);

        var healthcheck = dockerfile.Effective(target, "HEALTHCHECK")!;
        if (target == "migrator")
        {
            Assert.Equal("NONE", healthcheck);
            return;
        }

        var command = Dockerfile.ExecForm(healthcheck[healthcheck.IndexOf("CMD", StringComparison.Ordinal)..][3..].Trim());
        Assert.Equal(["dotnet", "Dixis.Api.dll", "healthcheck"], command[..3]);
        if (target is "queue-worker" or "scheduler")
        {
            // Job processes prove liveness with the heartbeat file they touch (issue 5), not over HTTP.
            Assert.Equal(["--heartbeat", "/tmp/dixis-worker.heartbeat"], command[3..5]);
        }
        else
        {
            Assert.Matches(@"^http://127\.0\.0\.1:\d+/api(/v1)?/health/live$", command[3]);
        }
    }

    [Fact]
    public void Backend_commands_per_target_match_the_design()
    {
        var dockerfile = new Dockerfile(Backend);
        Assert.Equal(["serve"], Dockerfile.ExecForm(dockerfile.Effective("production", "CMD")!));
        Assert.Equal(["worker", "--queues", "high"], Dockerfile.ExecForm(dockerfile.Effective("queue-worker", "CMD")!));
        Assert.Equal(["scheduler"], Dockerfile.ExecForm(dockerfile.Effective("scheduler", "CMD")!));
        Assert.Equal("migrate", Dockerfile.ExecForm(dockerfile.Effective("migrator", "CMD")!)[0]);
    }

    [Theory]
    [InlineData(Backend)]
    [InlineData(Frontend)]
    public void Base_is_fit_for_a_read_only_root_file_system(string file)
    {
        var env = new Dockerfile(file)["base"].Instructions.Where(i => i.Instruction == "ENV").Select(i => i.Arguments).Aggregate("", (a, b) => a + " " + b);
        foreach (var setting in new[] { "DOTNET_EnableDiagnostics=0", "TMPDIR=/tmp", "TZ=Europe/Athens", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false", "ASPNETCORE_URLS=" })
        {
            Assert.Contains(setting, env, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Backend)]
    [InlineData(Frontend)]
    public void Restore_runs_in_its_own_layer_after_copying_every_project_file_of_the_solution(string file)
    {
        var deps = new Dockerfile(file)["deps"];
        var copies = deps.Instructions.Where(i => i.Instruction == "COPY").Select(i => i.Arguments).ToList();
        var restoreIndex = deps.Instructions.FindIndex(i => i.Instruction == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        Assert.True(restoreIndex >= 0, "deps has no dotnet restore");
        Assert.DoesNotContain(copies, c => c.StartsWith("src/ ", StringComparison.Ordinal) || c.StartsWith(". ", StringComparison.Ordinal));
        Assert.Contains(copies, c => c.Contains("Directory.Packages.props", StringComparison.Ordinal) && c.Contains("global.json", StringComparison.Ordinal));

        var projects = ProjectPath().Matches(RepositoryFiles.ReadText("Dixis.slnx")).Select(m => m.Groups[1].Value);
        Assert.All(projects, p => Assert.Contains(copies, c => c.StartsWith(p + " ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(Backend)]
    [InlineData(Frontend)]
    public void Published_output_can_come_from_the_host_through_a_build_argument(string file)
    {
        var dockerfile = new Dockerfile(file);
        Assert.Equal("builder", dockerfile.ArgDefault("PUBLISHED"));
        Assert.Equal("published-${PUBLISHED}", dockerfile["published"].From);
        Assert.Contains(dockerfile["published-prebuilt"].Instructions, i => i.Instruction == "COPY" && i.Arguments.StartsWith("artifacts/publish/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Backend)]
    [InlineData(Frontend)]
    public void Images_are_pinned_and_labelled(string file)
    {
        var dockerfile = new Dockerfile(file);
        foreach (var arg in new[] { "SDK_IMAGE", "RUNTIME_IMAGE" })
        {
            Assert.Matches(@":10\.0\.\d+-", dockerfile.ArgDefault(arg));
        }

        var labels = string.Join(" ", dockerfile["base"].Instructions.Where(i => i.Instruction == "LABEL").Select(i => i.Arguments));
        foreach (var label in new[] { "title", "source", "version", "revision", "created", "licenses" })
        {
            Assert.Contains($"org.opencontainers.image.{label}=", labels, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dockerignore_keeps_build_output_and_secrets_out_but_lets_prebuilt_output_in()
    {
        var lines = RepositoryFiles.ReadText(".dockerignore").Split('\n').Select(l => l.Trim()).ToList();
        Assert.Superset(new HashSet<string> { "**/bin/", "**/obj/", ".git/", ".env", "deploy/secrets/", "!artifacts/publish/" }, lines.ToHashSet());
    }

    [GeneratedRegex("Path=\"([^\"]+\\.csproj)\"")]
    private static partial Regex ProjectPath();
}
