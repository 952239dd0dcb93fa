using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Dixis.Infra.Tests;

/// <summary>The hardening rules of issue 7, checked over the parsed compose files.</summary>
public partial class ComposePolicyTests
{
    private static readonly ComposeFile Dev = new(ComposeFile.Development);
    private static readonly ComposeFile Prod = new(ComposeFile.Production);
    private static readonly Dictionary<string, string> EnvExample = RepositoryFiles.LoadEnvFile(".env.example");

    // Elasticsearch writes its keystore under its config directory at start; docs/operations.md says so.
    private static readonly HashSet<string> WritableRootAllowed = ["elasticsearch"];

    [Fact]
    public void Our_images_run_as_uid_1001_in_production()
    {
        var ours = Prod.Services.Where(s => ComposeFile.IsOurImage(s.Service)).ToList();
        Assert.Contains(ours, s => s.Name == "backend");
        Assert.All(ours, s => Assert.True(
            s.Service["user"]?.ToString() is "1001" or "1001:1001", $"{s.Name} must run as user 1001, has '{s.Service["user"]}'"));
    }

    [Theory]
    [InlineData(ComposeFile.Development)]
    [InlineData(ComposeFile.Production)]
    public void Every_long_running_service_has_a_health_check(string file)
    {
        foreach (var (name, service) in new ComposeFile(file).Services)
        {
            var oneShot = ComposeFile.IsOneShot(service);
            var test = service["healthcheck"]?["test"];
            if (oneShot)
            {
                continue;
            }

            Assert.True(test is not null && service["healthcheck"]?["disable"]?.GetValue<bool>() != true, $"{file}: {name} has no health check");
        }
    }

    [Fact]
    public void Production_services_have_cpu_and_memory_limits_and_reservations()
    {
        Assert.All(Prod.Services, s =>
        {
            var resources = s.Service["deploy"]?["resources"];
            Assert.True(resources?["limits"]?["memory"] is not null && resources["limits"]?["cpus"] is not null, $"{s.Name}: no CPU/memory limits");
            Assert.True(resources?["reservations"]?["memory"] is not null, $"{s.Name}: no memory reservation");
        });
    }

    [Fact]
    public void Only_nginx_publishes_ports_beyond_loopback_in_production()
    {
        foreach (var (name, service) in Prod.Services)
        {
            foreach (var port in ComposeFile.Strings(service["ports"]))
            {
                Assert.True(name == "nginx-proxy" || port.StartsWith("127.0.0.1:", StringComparison.Ordinal),
                    $"{name} publishes {port}: only nginx-proxy may publish public ports (others bind 127.0.0.1 for SSH tunnels)");
            }
        }

        Assert.NotEmpty(ComposeFile.Strings(Prod.Root["services"]!["nginx-proxy"]!["ports"]));
    }

    [Fact]
    public void Development_ports_are_bound_to_loopback()
    {
        Assert.All(Dev.Services.SelectMany(s => ComposeFile.Strings(s.Service["ports"]).Select(p => (s.Name, p))),
            x => Assert.StartsWith("127.0.0.1:", x.p));
    }

    [Fact]
    public void Internal_networks_are_internal_and_data_services_use_only_them()
    {
        var networks = Prod.Root["networks"]!.AsObject();
        Assert.True(networks["dixis-internal"]?["internal"]?.GetValue<bool>(), "dixis-internal must be internal");
        Assert.True(networks["monitoring"]?["internal"]?.GetValue<bool>(), "monitoring must be internal");
        Assert.Equal("172.30.0.0/16", networks["dixis-network"]!["ipam"]!["config"]![0]!["subnet"]!.ToString());
        Assert.Equal("172.20.0.0/16", Dev.Root["networks"]!["dixis-network"]!["ipam"]!["config"]![0]!["subnet"]!.ToString());

        foreach (var data in new[] { "mysql", "redis", "redis-queue", "elasticsearch", "minio" })
        {
            var attached = ComposeFile.Strings(Prod.Root["services"]![data]!["networks"]).ToList();
            Assert.All(attached, n => Assert.True(networks[n]?["internal"]?.GetValue<bool>() == true, $"{data} is on non-internal network {n}"));
        }
    }

    [Theory]
    [InlineData(ComposeFile.Development)]
    [InlineData(ComposeFile.Production)]
    public void Every_image_has_a_pinned_tag_that_is_not_latest(string file)
    {
        foreach (var (name, service) in new ComposeFile(file).Services)
        {
            var image = RepositoryFiles.Interpolate(service["image"]?.ToString() ?? "", EnvExample);
            Assert.False(string.IsNullOrEmpty(image), $"{file}: {name} has no image");
            var lastSegment = image.Split('/')[^1];
            Assert.True(lastSegment.Contains(':', StringComparison.Ordinal), $"{file}: {name} image '{image}' has no tag");
            var tag = lastSegment.Split(':', 2)[1];
            Assert.False(tag is "latest" or "" || tag.StartsWith("latest", StringComparison.Ordinal), $"{file}: {name} uses tag '{tag}'");
        }
    }

    [Fact]
    public void No_secret_is_written_as_a_value_in_production()
    {
        foreach (var (name, service) in Prod.Services)
        {
            foreach (var (key, value) in ComposeFile.Environment(service))
            {
                if (SecretKey().IsMatch(key))
                {
                    Assert.True(key.EndsWith("_FILE", StringComparison.Ordinal), $"{name}: {key} must be read from a file ({key}_FILE)");
                    Assert.StartsWith("/run/secrets/", value);
                }

                Assert.False(SecretInValue().IsMatch(value), $"{name}: {key} holds a password in its value");
            }

            foreach (var arg in ComposeFile.Strings(service["command"]))
            {
                Assert.False(SecretInValue().IsMatch(arg) || arg.Contains("requirepass", StringComparison.OrdinalIgnoreCase), $"{name}: a secret on the command line");
            }
        }
    }

    [Fact]
    public void Every_file_secret_a_service_reads_is_mounted_and_generated()
    {
        var declared = Prod.Root["secrets"]!.AsObject().Select(p => p.Key).ToHashSet();
        var generator = RepositoryFiles.ReadText("deploy/scripts/generate-secrets.sh");
        Assert.All(declared, secret => Assert.Matches($@"(write|derived) {secret} ", generator));

        foreach (var (name, service) in Prod.Services)
        {
            var mounted = ComposeFile.Strings(service["secrets"]).ToHashSet();
            Assert.All(mounted, s => Assert.Contains(s, declared));
            foreach (var (key, value) in ComposeFile.Environment(service).Where(e => e.Key.EndsWith("_FILE", StringComparison.Ordinal)))
            {
                var secret = value.Replace("/run/secrets/", "", StringComparison.Ordinal);
                Assert.True(mounted.Contains(secret), $"{name}: {key} reads {value} but the service does not mount secret '{secret}'");
            }
        }
    }

    [Fact]
    public void Production_services_are_hardened()
    {
        foreach (var (name, service) in Prod.Services)
        {
            if (!WritableRootAllowed.Contains(name))
            {
                Assert.True(service["read_only"]?.GetValue<bool>() == true, $"{name}: read_only root file system");
            }

            Assert.Contains("ALL", ComposeFile.Strings(service["cap_drop"]));
            Assert.Contains("no-new-privileges:true", ComposeFile.Strings(service["security_opt"]));
            Assert.Equal("json-file", service["logging"]?["driver"]?.ToString());
            Assert.NotNull(service["logging"]?["options"]?["max-size"]);
            Assert.True(service["restart"]?.ToString() is "unless-stopped" or "always" or "no", $"{name}: restart policy");
        }
    }

    [Fact]
    public void Production_data_volumes_are_external_so_down_v_cannot_delete_them()
    {
        Assert.All(Prod.Root["volumes"]!.AsObject(), v => Assert.True(v.Value?["external"]?.GetValue<bool>() == true, $"volume {v.Key} is not external"));
    }

    [Theory]
    [InlineData(ComposeFile.Development)]
    [InlineData(ComposeFile.Production)]
    public void Services_that_need_the_schema_wait_for_the_migrator_to_succeed(string file)
    {
        var compose = new ComposeFile(file);
        Assert.True(ComposeFile.IsOneShot(compose.Root["services"]!["migrator"]!.AsObject()), "migrator is one-shot");
        foreach (var service in new[] { "backend" })
        {
            Assert.Equal("service_completed_successfully", compose.Root["services"]![service]!["depends_on"]!["migrator"]!["condition"]!.ToString());
        }

        foreach (var (name, service) in compose.Services)
        {
            if (service["depends_on"] is JsonObject deps && deps["migrator"] is JsonObject m)
            {
                Assert.True(m["condition"]?.ToString() == "service_completed_successfully", $"{file}: {name} must wait for the migrator's success");
            }
        }
    }

    [Fact]
    public void The_seed_services_are_all_present()
    {
        var dev = Dev.Services.Select(s => s.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "frontend", "backend", "queue-worker", "mysql", "redis", "elasticsearch", "minio", "mailpit", "adminer", "migrator", "prometheus", "grafana", "e2e-tests" }, dev);
        Assert.Contains("e2e", ComposeFile.Strings(Dev.Root["services"]!["e2e-tests"]!["profiles"]));

        var prod = Prod.Services.Select(s => s.Name).ToHashSet();
        Assert.Superset(new HashSet<string> {"nginx-proxy", "frontend", "backend", "mysql", "redis", "redis-queue", "elasticsearch", "minio", "queue-high", "queue-greek",
            "queue-general", "scheduler", "migrator", "prometheus", "grafana", "alertmanager", "node-exporter", "mysqld-exporter", "redis-exporter",
            "nginx-exporter", "elasticsearch-exporter", "db-backup", "certbot"}, prod);
        Assert.Equal("3", RepositoryFiles.Interpolate(Prod.Root["services"]!["backend"]!["deploy"]!["replicas"]!.ToString(), EnvExample));
        Assert.Equal("3", RepositoryFiles.Interpolate(Prod.Root["services"]!["frontend"]!["deploy"]!["replicas"]!.ToString(), EnvExample));
    }

    [Fact]
    public void Env_example_lists_every_variable_the_compose_files_use()
    {
        foreach (var file in ComposeFile.All)
        {
            foreach (Match m in Variable().Matches(RepositoryFiles.ReadText(file)))
            {
                Assert.True(EnvExample.ContainsKey(m.Groups[1].Value), $"{file} uses ${{{m.Groups[1].Value}}} but .env.example does not list it");
            }
        }
    }

    [GeneratedRegex("(?i)(password|secret|token|accesskey|apikey)")]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"(?i)password=(?!\$\{)[^;,\s]+")]
    private static partial Regex SecretInValue();

    [GeneratedRegex(@"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Variable();
}
